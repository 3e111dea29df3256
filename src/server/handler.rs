//! One SSH connection: who logged in, and what each of its channels runs.
//!
//! Only public keys from the users file get in. A session channel runs the
//! interactive interface (`pty-req` + `shell`) or one command (`exec`);
//! everything else SSH offers (port and agent forwarding, X11, subsystems
//! such as sftp) is refused and logged.

use super::exec::{self, Prepared};
use super::run::{Registered, Shared};
use super::tui::{End, Event, Events};
use super::users::User;
use russh::keys::{HashAlg, PublicKey};
use russh::server::{Auth, ChannelOpenHandle, Msg, PublicKeyOffer, Session, VerifiedPublicKey};
use russh::{Channel, ChannelId, ChannelWriteHalf, Pty};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;

/// Unknown keys a client may offer before it is disconnected (OpenSSH offers
/// every key its agent holds; `IdentitiesOnly yes` keeps it to one).
pub const MAX_REJECTED_KEYS: usize = 6;

/// Session channels one connection may have open.
const MAX_CHANNELS: usize = 4;

/// What a channel is doing.
pub(super) enum State {
    /// Opened; waiting for a request.
    Open,
    /// Running the interactive interface.
    Tui(Events),
    /// A command reading its input to the end first.
    Collecting(Prepared, Vec<u8>),
    /// A command running, or done.
    Running,
}

pub(super) struct Chan {
    /// Taken when something starts writing to the channel.
    pub(super) writer: Option<ChannelWriteHalf<Msg>>,
    /// The window from `pty-req`, and the terminal type.
    pub(super) pty: Option<(u32, u32, String)>,
    pub(super) state: State,
}

/// The handler of one connection.
pub struct Connection {
    pub(super) shared: Arc<Shared>,
    pub(super) id: u64,
    /// `#id address`, how the log names this connection.
    pub(super) name: String,
    pub(super) user: Option<(Arc<User>, PublicKey)>,
    rejected: usize,
    pub(super) channels: HashMap<ChannelId, Chan>,
    /// Dropped with the connection: tasks sending to it stop.
    pub(super) gone: tokio::sync::watch::Sender<()>,
}

impl Connection {
    /// The handler of a new connection from `peer`.
    pub fn new(shared: Arc<Shared>, id: u64, peer: SocketAddr) -> Connection {
        shared.open.fetch_add(1, Ordering::AcqRel);
        let name = format!("#{id} {peer}");
        shared.log.write(&name, "connected");
        Connection {
            shared,
            id,
            name,
            user: None,
            rejected: 0,
            channels: HashMap::new(),
            gone: tokio::sync::watch::channel(()).0,
        }
    }

    pub(super) fn log(&self, what: &str) {
        self.shared.log.write(&self.name, what);
    }

    /// `"Jana" (editor)`, for the log.
    pub(super) fn who(&self) -> String {
        match &self.user {
            Some((user, _)) => format!("\"{}\" ({})", user.name, user.role.name()),
            None => "(not logged in)".to_string(),
        }
    }

    fn refused(&self, what: &str) {
        self.log(&format!("refused {} {what}", self.who()));
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.shared.open.fetch_sub(1, Ordering::AcqRel);
        self.shared.registry().remove(&self.id);
        self.log("closed");
    }
}

fn fingerprint(key: &PublicKey) -> String {
    key.fingerprint(HashAlg::Sha256).to_string()
}

impl russh::server::Handler for Connection {
    type Error = russh::Error;

    async fn auth_publickey_offered(
        &mut self,
        _user: &str,
        offer: PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        if self.shared.users().by_key(offer.public_key).is_some() {
            return Ok(Auth::Accept);
        }
        self.rejected += 1;
        self.log(&format!(
            "refused unknown key {}",
            fingerprint(offer.public_key)
        ));
        if self.rejected > MAX_REJECTED_KEYS {
            return Err(russh::Error::Disconnect);
        }
        Ok(Auth::reject())
    }

    async fn auth_publickey(
        &mut self,
        _user: &str,
        key: VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        let users = self.shared.users();
        let Some(user) = users.by_key(key.public_key) else {
            return Ok(Auth::reject());
        };
        self.user = Some((user.clone(), key.public_key.clone()));
        self.log(&format!(
            "login {} key {}",
            self.who(),
            fingerprint(key.public_key)
        ));
        Ok(Auth::Accept)
    }

    async fn auth_succeeded(&mut self, session: &mut Session) -> Result<(), Self::Error> {
        if let Some((user, key)) = self.user.clone() {
            let registered = Registered {
                key,
                user,
                handle: session.handle(),
                sessions: Vec::new(),
            };
            self.shared.registry().insert(self.id, registered);
        }
        Ok(())
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if self.user.is_none() || self.channels.len() >= MAX_CHANNELS {
            self.refused("a session channel");
            return Ok(());
        }
        // Requests and data come to the handler's methods; the read half
        // would only queue copies of them.
        let id = channel.id();
        let (_, writer) = channel.split();
        let chan = Chan {
            writer: Some(writer),
            pty: None,
            state: State::Open,
        };
        self.channels.insert(id, chan);
        reply.accept().await;
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        term: &str,
        col_width: u32,
        row_height: u32,
        _: u32,
        _: u32,
        _: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        match self.channels.get_mut(&channel) {
            Some(chan) => {
                chan.pty = Some((col_width, row_height, term.to_string()));
                session.channel_success(channel)
            }
            None => session.channel_failure(channel),
        }
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let Some((user, _)) = self.user.clone() else {
            return session.channel_failure(channel);
        };
        let has_pty = self.channels.get(&channel).is_some_and(|c| c.pty.is_some());
        if !has_pty {
            let ssh = super::remote(self.shared.listen, self.shared.users().host.as_deref()).ssh;
            self.refused("a shell without a terminal");
            self.refuse_on(channel, crate::catalog::access::needs_terminal(&ssh));
            return session.channel_success(channel);
        }
        match self.start_tui(channel, &user) {
            Ok(()) => {
                self.log(&format!("interactive session for {}", self.who()));
                session.channel_success(channel)
            }
            Err(e) => {
                self.log(&format!("cannot start a session: {e}"));
                session.channel_failure(channel)
            }
        }
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let Some((user, _)) = self.user.clone() else {
            return session.channel_failure(channel);
        };
        let line = String::from_utf8_lossy(data).into_owned();
        match exec::prepare(&line, user.role) {
            Err(refusal) => {
                let text = refusal.text(user.role);
                self.refused(&format!("{line:?}: {text}"));
                self.refuse_on(channel, text);
            }
            Ok(prepared) if prepared.reads_input => {
                if let Some(chan) = self.channels.get_mut(&channel) {
                    chan.state = State::Collecting(prepared, Vec::new());
                }
            }
            Ok(prepared) => self.start_exec(channel, prepared, Vec::new()),
        }
        session.channel_success(channel)
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        let Some(chan) = self.channels.get_mut(&channel) else {
            return Ok(());
        };
        match &mut chan.state {
            State::Tui(events) => {
                let events = events.clone();
                super::start::feed(&events, Event::Bytes(data.to_vec())).await;
            }
            State::Collecting(_, input) if exec::fits(input, data.len()) => {
                input.extend_from_slice(data);
            }
            State::Collecting(..) => {
                chan.state = State::Running;
                self.refused("an input over the limit");
                let text = format!(
                    "the input is over the limit of {} MiB",
                    crate::control::server::MAX_INPUT >> 20
                );
                self.refuse_on(channel, text);
            }
            State::Open | State::Running => {}
        }
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        channel: ChannelId,
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        let collected = self.channels.get_mut(&channel).and_then(|chan| {
            match std::mem::replace(&mut chan.state, State::Running) {
                State::Collecting(prepared, input) => Some((prepared, input)),
                other => {
                    chan.state = other;
                    None
                }
            }
        });
        if let Some((prepared, input)) = collected {
            self.start_exec(channel, prepared, input);
        }
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        if let Some(Chan {
            state: State::Tui(events),
            ..
        }) = self.channels.remove(&channel)
        {
            let _ = events.try_send(Event::End(End::Gone));
        }
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        col_width: u32,
        row_height: u32,
        _: u32,
        _: u32,
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        if let Some(Chan {
            state: State::Tui(events),
            ..
        }) = self.channels.get(&channel)
        {
            // A full queue drops it: another will follow if the size changes again.
            let _ = events.try_send(Event::Resize(col_width, row_height));
        }
        Ok(())
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refused(&format!("subsystem {name:?}"));
        session.channel_failure(channel)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _: bool,
        _: &str,
        _: &str,
        _: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refused("X11 forwarding");
        session.channel_failure(channel)
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        _: &str,
        _: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn agent_request(&mut self, _: ChannelId, _: &mut Session) -> Result<bool, Self::Error> {
        self.refused("agent forwarding");
        Ok(false)
    }

    async fn tcpip_forward(
        &mut self,
        address: &str,
        port: &mut u32,
        _: &mut Session,
    ) -> Result<bool, Self::Error> {
        self.refused(&format!("remote port forwarding of {address}:{port}"));
        Ok(false)
    }

    async fn streamlocal_forward(
        &mut self,
        path: &str,
        _: &mut Session,
    ) -> Result<bool, Self::Error> {
        self.refused(&format!("remote socket forwarding of {path:?}"));
        Ok(false)
    }

    async fn channel_open_direct_tcpip(
        &mut self,
        _: Channel<Msg>,
        host: &str,
        port: u32,
        _: &str,
        _: u32,
        _reply: ChannelOpenHandle,
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        // Dropping the reply refuses the channel.
        self.refused(&format!("port forwarding to {host}:{port}"));
        Ok(())
    }

    async fn channel_open_direct_streamlocal(
        &mut self,
        _: Channel<Msg>,
        path: &str,
        _reply: ChannelOpenHandle,
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refused(&format!("socket forwarding to {path:?}"));
        Ok(())
    }

    async fn channel_open_x11(
        &mut self,
        _: Channel<Msg>,
        _: &str,
        _: u32,
        _reply: ChannelOpenHandle,
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        self.refused("an X11 channel");
        Ok(())
    }
}
