"""vmcsgen completion bash|zsh: a shell completion script made from the parser itself, so
every command and option it knows is completed and none it does not."""

from __future__ import annotations

import argparse

from vmcsgen.cli.common import AddCommand

SHELLS = ("bash", "zsh")


def _commands(parser: argparse.ArgumentParser) -> dict[str, list[str]]:
    """Each command's options (and its choices' values), from the parser's subcommands."""
    found: dict[str, list[str]] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                words = [o for a in sub._actions for o in a.option_strings]
                words += [
                    str(c)
                    for a in sub._actions
                    if a.choices and not a.option_strings
                    for c in a.choices
                ]
                found[name] = words
    return found


def bash_script(parser: argparse.ArgumentParser) -> str:
    commands = _commands(parser)
    top = [o for a in parser._actions for o in a.option_strings]
    cases = "".join(
        f"        {name}) words=\"{' '.join(words)}\" ;;\n" for name, words in commands.items()
    )
    return (
        "# vmcsgen completion for bash; made by `vmcsgen completion bash`\n"
        "_vmcsgen() {\n"
        "    local cur=${COMP_WORDS[COMP_CWORD]} command= words i\n"
        "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        "        case ${COMP_WORDS[i]} in -*) ;; *) command=${COMP_WORDS[i]}; break ;; esac\n"
        "    done\n"
        "    case $command in\n"
        f"        '') words=\"{' '.join([*top, *commands])}\" ;;\n"
        f"{cases}"
        "    esac\n"
        "    if [[ $cur == -* || -z $command ]]; then\n"
        '        COMPREPLY=($(compgen -W "$words" -- "$cur"))\n'
        "    else\n"
        '        COMPREPLY=($(compgen -f -W "$words" -- "$cur"))\n'
        "    fi\n"
        "}\n"
        "complete -o filenames -F _vmcsgen vmcsgen\n"
    )


def cmd_completion(args: argparse.Namespace) -> int:
    from vmcsgen.cli import build_parser  # the whole parser, this command included

    script = bash_script(build_parser())
    if args.shell == "zsh":
        script = "autoload -U +X bashcompinit && bashcompinit\n" + script
    print(script, end="")
    return 0


def register(command: AddCommand) -> None:
    completion = command("completion", "print a shell completion script (source it)")
    completion.add_argument("shell", choices=SHELLS, help="the shell to complete for")
    completion.set_defaults(run=cmd_completion)
