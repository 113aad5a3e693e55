#!/bin/sh
# Dev Dovecot start: make a self-signed cert (shared via /certs so the bot and mailpit can use
# and trust it) and the passwd-file of the dev mailbox(es), then exec Dovecot in the foreground.
set -eu

if [ ! -s /certs/cert.pem ] || [ ! -s /certs/key.pem ]; then
    openssl req -x509 -nodes -days 825 \
        -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
        -keyout /certs/key.pem -out /certs/cert.pem \
        -subj "/CN=complaintbot-dev" \
        -addext "subjectAltName=DNS:dovecot,DNS:mailpit,DNS:localhost,IP:127.0.0.1" 2>/dev/null
    # a throwaway dev key, readable by the other containers' unprivileged users
    chmod 0644 /certs/cert.pem /certs/key.pem
fi

# DEV_IMAP_USERS: "user@domain:password user2@domain:password2"
: "${DEV_IMAP_USERS:=plaintes.klachten@federal.example.be:dev-password}"
: > /etc/dovecot/users
for entry in $DEV_IMAP_USERS; do
    user="${entry%%:*}"
    pass="${entry#*:}"
    echo "${user}:{PLAIN}${pass}:8:8::/srv/mail/${user}::" >> /etc/dovecot/users
done
chown root:dovecot /etc/dovecot/users
chmod 0640 /etc/dovecot/users

exec "$@"
