# The command line: help of commands and options, messages, errors.
