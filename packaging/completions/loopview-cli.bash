# bash completion for loopview-cli                                        -*- shell-script -*-
# Installed as /usr/share/bash-completion/completions/loopview-cli.
# The commands and options follow `loopview-cli --help` and `loopview-cli bookmarks --help`;
# the test packaging_completions fails when the two drift apart.

_loopview_cli_options()
{
    case $1 in
        balances)
            echo --base-url --network --account-id --address --tokens --format --raw --currency \
                 --record --changes --output --timeout --demo --api-key-file --bookmark --help ;;
        nfts)
            echo --base-url --network --account-id --address --format --output --timeout --demo \
                 --api-key-file --help ;;
        history)
            echo --base-url --network --account-id --address --format --output --help ;;
        tokens)
            echo --base-url --network --format --output --timeout --demo --help ;;
        'bookmarks list')
            echo --format --help ;;
        'bookmarks add')
            echo --label --account-id --address --network --base-url --tokens --note --store-key \
                 --api-key-file --help ;;
        'bookmarks import')
            echo --store-key --label --network --base-url --tokens --note --help ;;
        'bookmarks remove' | 'bookmarks export' | bookmarks)
            echo --help ;;
        *)
            echo --help --version ;;
    esac
}

_loopview_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    # The command (and the bookmarks subcommand): the first words that are neither options nor
    # the values of options.
    local command= i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            --base-url | --network | --account-id | --address | --tokens | --format | --output | \
                --timeout | --api-key-file | --bookmark | --label | --note | --currency)
                ((i++)) ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=$word
                elif [[ $command == bookmarks ]]; then
                    command="bookmarks $word"
                fi ;;
        esac
    done

    case $prev in
        --format)
            if [[ $command == 'bookmarks list' ]]; then
                mapfile -t COMPREPLY < <(compgen -W 'table json' -- "$cur")
            else
                mapfile -t COMPREPLY < <(compgen -W 'table csv json' -- "$cur")
            fi
            return ;;
        --network)
            mapfile -t COMPREPLY < <(compgen -W 'mainnet test' -- "$cur")
            return ;;
        --currency)
            mapfile -t COMPREPLY < <(compgen -W 'USD CNY' -- "$cur")
            return ;;
        --output | --api-key-file)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return ;;
        --base-url | --account-id | --address | --tokens | --timeout | --bookmark | --label | --note)
            return ;;  # free text: nothing sensible to offer
    esac

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_loopview_cli_options "$command")" -- "$cur")
        return
    fi
    case $command in
        '')
            mapfile -t COMPREPLY < <(compgen -W 'balances nfts tokens history bookmarks' -- "$cur") ;;
        bookmarks)
            mapfile -t COMPREPLY < <(compgen -W 'list add remove import export' -- "$cur") ;;
        'bookmarks import' | 'bookmarks export')
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    esac
}

complete -F _loopview_cli loopview-cli
