"""The command line described for its reference page (docs/reference/cli.md): what each
command takes, read from the parser itself so the page cannot drift from it."""

from __future__ import annotations

import argparse

from vmcsgen.export.docs.cli_reference import ArgumentDoc, CommandDoc, CommandLineDoc

# argparse wraps usage at the terminal's width (COLUMNS); the page must not depend on it.
USAGE_WIDTH = 88


def _usage(parser: argparse.ArgumentParser) -> str:
    formatter = argparse.HelpFormatter(parser.prog, width=USAGE_WIDTH)
    formatter.add_usage(
        parser.usage, parser._actions, parser._mutually_exclusive_groups, prefix="usage: "
    )
    return formatter.format_help().strip()


def _help(action: argparse.Action, prog: str) -> str:
    text = action.help or ""
    return text % {**vars(action), "prog": prog} if "%" in text else text


def _value(action: argparse.Action) -> str | None:
    if action.nargs == 0:
        return None
    metavar = action.metavar if isinstance(action.metavar, str) else None
    name = metavar or (action.dest.upper() if action.option_strings else action.dest)
    if action.nargs == "?":
        return f"[{name}]"
    if action.nargs in ("*", "+"):
        return f"{name} ..."
    return name


def _default(action: argparse.Action) -> str | None:
    if action.nargs == 0 or action.default in (None, "", argparse.SUPPRESS):
        return None
    return str(action.default)


def _argument(action: argparse.Action, prog: str) -> ArgumentDoc:
    names = tuple(action.option_strings) or (_value(action) or action.dest,)
    return ArgumentDoc(
        names=names,
        value=_value(action),
        required=bool(action.required) if action.option_strings else action.nargs != "?",
        default=_default(action),
        choices=tuple(str(choice) for choice in action.choices or ()),
        help=_help(action, prog),
    )


def _arguments(parser: argparse.ArgumentParser) -> tuple[ArgumentDoc, ...]:
    return tuple(
        _argument(action, parser.prog)
        for action in parser._actions
        if not isinstance(action, (argparse._HelpAction, argparse._SubParsersAction))
    )


def describe(parser: argparse.ArgumentParser) -> CommandLineDoc:
    """Every command of `parser`, in the order `--help` lists them."""
    commands: list[CommandDoc] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, sub in action.choices.items():
                commands.append(CommandDoc(name, helps.get(name, ""), _usage(sub), _arguments(sub)))
    return CommandLineDoc(
        prog=parser.prog,
        description=parser.description or "",
        usage=_usage(parser),
        options=_arguments(parser),
        commands=tuple(commands),
    )
