# Sourced by demo.sh and test.sh: prints the first Python >= 3.11 on PATH, or fails.
pick_python() {
    local py
    for py in python3.11 python3.12 python3.13 python3; do
        if command -v "$py" >/dev/null 2>&1 \
            && "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$py"; return 0
        fi
    done
    return 1
}
