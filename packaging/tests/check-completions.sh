#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Loopview authors
# Checks the shell completions of loopview-cli against what the program itself documents, so the
# two cannot drift apart: the usage lines of `loopview-cli --help` and `loopview-cli bookmarks
# --help` name every command, subcommand and option, and which options each command takes.
#   - bash: runs the completion function and compares what it offers after `<command> --`,
#     for the commands and subcommands, and for the values of --format and --network.
#   - zsh: compares the options in each command's function (_loopview-cli_<command>) and checks
#     the syntax with `zsh -n` when zsh is installed.
#   packaging/tests/check-completions.sh LOOPVIEW-CLI BASH-COMPLETION ZSH-COMPLETION
set -uo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: $0 LOOPVIEW-CLI BASH-COMPLETION ZSH-COMPLETION" >&2
    exit 2
fi
cli=$1 bash_completion=$2 zsh_completion=$3
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

main_help=$("$cli" --help) || { echo "FAIL: $cli --help" >&2; exit 1; }
bookmarks_help=$("$cli" bookmarks --help) || { echo "FAIL: $cli bookmarks --help" >&2; exit 1; }

# The usage entries of a help text, one per line: an entry starts at "  loopview-cli …" and goes
# on over the lines indented deeper, up to the end of the "Usage:" block.
usage_entries() {
    awk '
        /^Usage:/ { in_usage = 1; next }
        in_usage && /^$/ { exit }
        in_usage && /^  loopview-cli / { if (entry != "") print entry; entry = substr($0, 16); next }
        in_usage && /^    / { sub(/^ +/, ""); entry = entry " " $0 }
        END { if (entry != "") print entry }
    '
}

# The command an entry belongs to: its leading lower-case words ("balances", "bookmarks add",
# "@" for the program itself: "--help | --version"). "bookmarks list|add|…" names the
# subcommands instead.
entry_command() {
    local word command=
    for word in $1; do
        [[ $word =~ ^[a-z]+$ ]] || break
        command+=${command:+ }$word
    done
    printf '%s\n' "${command:-@}"
}
# The words typed before the options of a command.
command_words() { [[ $1 == @ ]] || printf '%s\n' $1; }

declare -A expected_options=()   # command -> its options, one per line
declare -A expected_values=()    # "command|--option" -> its values
commands=() subcommands=()
while IFS= read -r entry; do
    command=$(entry_command "$entry")
    if [[ $entry =~ ^bookmarks\ ([a-z|]+\|[a-z|]+) ]]; then
        IFS='|' read -r -a subcommands <<<"${BASH_REMATCH[1]}"
        command=bookmarks
    fi
    [[ $command != @ && $command != *' '* ]] && commands+=("$command")
    options=$(grep -oE -- '--[a-z][a-z-]*' <<<"$entry")
    expected_options[$command]+=$'\n'$options
    while read -r option values; do
        [[ -n $option ]] && expected_values["$command|$option"]=${values//|/ }
    done < <(grep -oE -- '--[a-z-]+ [a-z]+(\|[a-z]+)+' <<<"$entry")
done < <({ usage_entries <<<"$main_help"; usage_entries <<<"$bookmarks_help"; })
for subcommand in "${subcommands[@]}"; do
    [[ -n ${expected_options["bookmarks $subcommand"]+set} ]] || fail "bookmarks --help has no usage line for '$subcommand'"
done
mapfile -t commands < <(printf '%s\n' "${commands[@]}" | sort -u)
[[ ${#commands[@]} -ge 3 && ${#subcommands[@]} -ge 5 ]] ||
    fail "could not read the commands (${commands[*]}) or the bookmarks subcommands (${subcommands[*]}) from --help"

# Every command takes --help (the program itself names it in its usage line).
sorted_set() { tr ' ' '\n' | grep -v '^$' | sort -u | tr '\n' ' '; }
for command in "${!expected_options[@]}"; do
    expected_options[$command]=$(printf '%s\n--help\n' "${expected_options[$command]}" | sorted_set)
done

# --- bash: ask the completion function itself ------------------------------------------------
# shellcheck source=/dev/null
source "$bash_completion" || fail "sourcing $bash_completion"
complete_words() {  # the offers for the words given; the last one is the word being completed
    COMP_WORDS=(loopview-cli "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _loopview_cli 2>/dev/null
    printf '%s\n' "${COMPREPLY[@]}" | sorted_set
}

for command in "${!expected_options[@]}"; do
    mapfile -t words < <(command_words "$command")
    offered=$(complete_words "${words[@]}" --)
    [[ $offered == "${expected_options[$command]}" ]] ||
        fail "bash: 'loopview-cli $command --' offers [$offered], --help says [${expected_options[$command]}]"
done
offered=$(complete_words '')
[[ $offered == "$(printf '%s ' "${commands[@]}" | sorted_set)" ]] ||
    fail "bash: commands offered [$offered], --help names [${commands[*]}]"
offered=$(complete_words bookmarks '')
[[ $offered == "$(printf '%s ' "${subcommands[@]}" | sorted_set)" ]] ||
    fail "bash: bookmarks subcommands offered [$offered], --help names [${subcommands[*]}]"
for key in "${!expected_values[@]}"; do
    command=${key%|*} option=${key#*|}
    mapfile -t words < <(command_words "$command")
    offered=$(complete_words "${words[@]}" "$option" '')
    wanted=$(sorted_set <<<"${expected_values[$key]}")
    [[ $offered == "$wanted" ]] ||
        fail "bash: 'loopview-cli $command $option' offers [$offered], --help says [$wanted]"
done

# Every option either help text mentions anywhere is offered somewhere.
all_offered=$(for command in "${!expected_options[@]}"; do
    mapfile -t words < <(command_words "$command")
    complete_words "${words[@]}" --
done | sorted_set)
for option in $(grep -ohE -- '--[a-z][a-z-]*' <<<"$main_help$bookmarks_help" | sort -u); do
    [[ " $all_offered " == *" $option "* ]] || fail "bash: $option (in --help) is never offered"
done

# --- zsh: the options of each command's function ---------------------------------------------
zsh_function_options() {  # the --options inside the function of that name
    awk -v name="$1() {" '$0 == name { inside = 1; next } inside && /^}/ { exit } inside' "$zsh_completion" |
        grep -oE -- '--[a-z][a-z-]*' | sorted_set
}
for command in "${!expected_options[@]}"; do
    function=_loopview-cli
    [[ $command == @ ]] || function+=_${command// /_}
    found=$(zsh_function_options "$function")
    [[ $found == "${expected_options[$command]}" ]] ||
        fail "zsh: $function has [$found], --help says [${expected_options[$command]}]"
done
for key in "${!expected_values[@]}"; do
    command=${key%|*} option=${key#*|}
    function=_loopview-cli_${command// /_}
    awk -v name="$function() {" '$0 == name { inside = 1; next } inside && /^}/ { exit } inside' "$zsh_completion" |
        grep -qF -- "'$option=[" || continue
    awk -v name="$function() {" '$0 == name { inside = 1; next } inside && /^}/ { exit } inside' "$zsh_completion" |
        grep -F -- "'$option=[" | grep -qF "(${expected_values[$key]})" ||
        fail "zsh: $function does not offer (${expected_values[$key]}) for $option"
done
for name in "${commands[@]}" "${subcommands[@]}"; do
    grep -qE "^    '$name:" "$zsh_completion" || fail "zsh: '$name' is not offered"
done
if command -v zsh >/dev/null 2>&1; then
    zsh -n "$zsh_completion" || fail "zsh -n $zsh_completion"
else
    echo "note: zsh is not installed; its completion's syntax was not checked"
fi

if ((failures)); then
    echo "$failures check(s) failed: update packaging/completions/ to match loopview-cli --help" >&2
    exit 1
fi
echo "completions match loopview-cli --help: commands ${commands[*]}; bookmarks ${subcommands[*]}"
