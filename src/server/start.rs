//! Starting what a channel runs: the interactive interface on a thread of
//! its own, or a command on the blocking pool, each with a task that sends
//! its output to the channel and stops when the connection goes.

use super::exec::{self, Prepared};
use super::handler::{Connection, State};
use super::tui::{self, End, Event, Events, Start};
use super::users::User;
use crate::app::access::Access;
use russh::server::Msg;
use russh::{ChannelId, ChannelWriteHalf};
use std::sync::Arc;
use std::sync::mpsc::TrySendError;
use std::time::Duration;

impl Connection {
    /// The channel's writer, to hand to whatever will write to it.
    pub(super) fn take_writer(&mut self, channel: ChannelId) -> Option<ChannelWriteHalf<Msg>> {
        self.channels
            .get_mut(&channel)
            .and_then(|c| c.writer.take())
    }

    /// Refuses on a channel with a message and exit status 1.
    pub(super) fn refuse_on(&mut self, channel: ChannelId, text: String) {
        if let Some(writer) = self.take_writer(channel) {
            tokio::spawn(async move { exec::refuse(&writer, &text).await });
        }
    }

    pub(super) fn start_tui(&mut self, channel: ChannelId, user: &Arc<User>) -> Result<(), String> {
        let Some(chan) = self.channels.get_mut(&channel) else {
            return Err("no such channel".into());
        };
        let (Some((w, h, term)), Some(writer)) = (chan.pty.clone(), chan.writer.take()) else {
            return Err("no terminal".into());
        };
        let users = self.shared.users();
        let keymap = crate::keymap::Keymap::builtin(&user.keymap)
            .or_else(|| crate::keymap::Keymap::builtin("default"))
            .ok_or("no keymap")?;
        let start = Start {
            store: self.shared.store.clone(),
            model: self.shared.model.clone(),
            keymap,
            who: user.name.clone(),
            access: Access {
                role: user.role,
                remote: Some(super::remote(self.shared.listen, users.host.as_deref())),
            },
            config: self.shared.config.clone(),
            lang: user.lang,
            color: term != "dumb",
            size: (w, h),
            idle: users.idle_timeout,
            clock: self.shared.clock,
        };
        let (events, receiver, out, output) = tui::channels();
        let (done, ended) = tokio::sync::oneshot::channel();
        tui::spawn(start, receiver, out, done).map_err(|e| e.to_string())?;
        chan.state = State::Tui(events.clone());
        if let Some(conn) = self.shared.registry().get_mut(&self.id) {
            conn.sessions.push(events);
        }
        let (shared, name, who) = (self.shared.clone(), self.name.clone(), self.who());
        let mut gone = self.gone.subscribe();
        let handle = self.registered_handle();
        tokio::spawn(async move {
            tokio::select! {
                () = forward_tui(output, writer) => {}
                _ = gone.changed() => {}
            }
        });
        tokio::spawn(async move {
            let end = ended.await.unwrap_or(End::Panicked);
            shared
                .log
                .write(&name, &format!("session of {who} ended: {}", end.name()));
            if end == End::TooSlow
                && let Some(handle) = handle
            {
                let _ = handle
                    .disconnect(
                        russh::Disconnect::ByApplication,
                        end.name().into(),
                        String::new(),
                    )
                    .await;
            }
        });
        Ok(())
    }

    pub(super) fn registered_handle(&self) -> Option<russh::server::Handle> {
        self.shared
            .registry()
            .get(&self.id)
            .map(|c| c.handle.clone())
    }

    pub(super) fn start_exec(&mut self, channel: ChannelId, prepared: Prepared, input: Vec<u8>) {
        let Some((user, _)) = self.user.clone() else {
            return;
        };
        let Some(writer) = self.take_writer(channel) else {
            return;
        };
        if let Some(chan) = self.channels.get_mut(&channel) {
            chan.state = State::Running;
        }
        self.log(&format!("ran {}: {}", self.who(), prepared.args.join(" ")));
        let job = exec::Job {
            runner: crate::cli::hold::runner_as(
                self.shared.store.clone(),
                Some(self.shared.model.clone()),
                user.role,
                self.shared.clock,
            ),
            user: user.name.clone(),
            lang: user.lang.code().to_string(),
            args: prepared.args,
            input,
        };
        let mut gone = self.gone.subscribe();
        tokio::spawn(async move {
            tokio::select! {
                _ = exec::run(job, writer) => {}
                _ = gone.changed() => {}
            }
        });
    }
}

/// Sends a session's frames until it ends the channel.
pub(super) async fn forward_tui(
    mut output: tokio::sync::mpsc::Receiver<tui::Out>,
    writer: ChannelWriteHalf<Msg>,
) {
    while let Some(out) = output.recv().await {
        match out {
            tui::Out::Data(bytes) => {
                if writer.data_bytes(bytes).await.is_err() {
                    return;
                }
            }
            tui::Out::Exit(status) => return exec::finish(&writer, status).await,
        }
    }
    let _ = writer.close().await;
}

/// Hands an event to a session, waiting (and so reading no more from the
/// client) while its queue is full; false when the session has ended.
pub(super) async fn feed(events: &Events, mut event: Event) -> bool {
    loop {
        match events.try_send(event) {
            Ok(()) => return true,
            Err(TrySendError::Full(back)) => {
                event = back;
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            Err(TrySendError::Disconnected(_)) => return false,
        }
    }
}
