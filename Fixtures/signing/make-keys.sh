#!/usr/bin/env bash
# Makes the TEST-ONLY PKI and SSH keys in this folder. Never real keys: every key here is public in the
# repository and must never be trusted for anything but fivesafes' tests.
#
#   root-ca        P-256 self-signed root ("fivesafes test-only root CA"), 100 years
#   intermediate   P-256 CA under the root (pathlen 0), 100 years
#   leaf-p256      P-256 signer under the intermediate (keyUsage digitalSignature, EKU emailProtection+codeSigning)
#   leaf-p384      P-384 signer directly under the root
#   leaf-rsa       RSA-2048 signer under the root (sign works; openssl-made RSA CMS does not verify in Swift)
#   leaf-expired   P-256 signer under the root, valid only 2020-01-01 .. 2021-01-01 (deliberately expired)
#   leaf-purpose   P-256 under the root for the WRONG purpose: EKU serverAuth only, keyUsage keyEncipherment only
#   other-ca       a second root that signed nothing here (the "untrusted root" of the tests)
#   ssh-ed25519    unencrypted OpenSSH ed25519 key, comment test-only-ed25519
#   ssh-ecdsa      unencrypted OpenSSH ECDSA P-256 key, comment test-only-ecdsa
#   ssh-encrypted  ed25519 key encrypted with the passphrase "test-only" (bcrypt, aes256-ctr: decryption and refusals)
#   allowed_signers  researcher@example.org -> ssh-ed25519, tre@example.org -> ssh-ecdsa (namespaces="5s-crate")
#
# Run from anywhere: bash Fixtures/signing/make-keys.sh (rewrites every file; the tests use what is committed).
set -euo pipefail
cd "$(dirname "$0")"
rm -f ./*.pem ./*.key ssh-* allowed_signers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
days=36500

ec_key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:"$2" -out "$1.key" 2>/dev/null; }

cat > "$work/ext.cnf" <<'EOF'
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[intermediate]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[signer]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection, codeSigning
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[purpose]
basicConstraints = critical, CA:FALSE
keyUsage = critical, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
EOF

root() { # name subject
    ec_key "$1" P-256
    openssl req -x509 -new -key "$1.key" -subj "$2" -days $days -sha256 \
        -config "$work/ext.cnf" -extensions ca -out "$1.pem" 2>/dev/null
}
issue() { # name subject issuer section
    openssl req -new -key "$1.key" -subj "$2" -out "$work/$1.csr" 2>/dev/null
    openssl x509 -req -in "$work/$1.csr" -CA "$3.pem" -CAkey "$3.key" -set_serial "0x$(openssl rand -hex 8)" \
        -days $days -sha256 -extfile "$work/ext.cnf" -extensions "$4" -out "$1.pem" 2>/dev/null
}

root root-ca "/O=fivesafes tests/CN=fivesafes test-only root CA"
root other-ca "/O=fivesafes tests/CN=fivesafes test-only untrusted CA"
ec_key intermediate P-256
issue intermediate "/O=fivesafes tests/CN=fivesafes test-only intermediate CA" root-ca intermediate
ec_key leaf-p256 P-256
issue leaf-p256 "/O=fivesafes tests/CN=test-only researcher (P-256)/emailAddress=researcher@example.org" intermediate signer
ec_key leaf-p384 P-384
issue leaf-p384 "/O=fivesafes tests/CN=test-only TRE (P-384)/emailAddress=tre@example.org" root-ca signer
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out leaf-rsa.key 2>/dev/null
issue leaf-rsa "/O=fivesafes tests/CN=test-only RSA signer" root-ca signer
ec_key leaf-purpose P-256
issue leaf-purpose "/O=fivesafes tests/CN=test-only TLS server (wrong purpose)" root-ca purpose

# The expired leaf needs fixed dates, which `openssl x509` (3.0) cannot set: use a throwaway `openssl ca`.
ec_key leaf-expired P-256
openssl req -new -key leaf-expired.key -subj "/O=fivesafes tests/CN=test-only expired signer" -out "$work/expired.csr" 2>/dev/null
mkdir -p "$work/ca/new"
: > "$work/ca/index.txt"
echo 1001 > "$work/ca/serial"
cat > "$work/ca.cnf" <<EOF
[ca]
default_ca = test
[test]
dir = $work/ca
database = \$dir/index.txt
new_certs_dir = \$dir/new
serial = \$dir/serial
default_md = sha256
policy = any
copy_extensions = none
[any]
organizationName = optional
commonName = supplied
EOF
cat "$work/ext.cnf" >> "$work/ca.cnf"
openssl ca -batch -config "$work/ca.cnf" -cert root-ca.pem -keyfile root-ca.key -in "$work/expired.csr" \
    -startdate 20200101000000Z -enddate 20210101000000Z -extensions signer -notext -out leaf-expired.pem 2>/dev/null

# SSH keys (OpenSSH format), made by ssh-keygen itself.
ssh-keygen -q -t ed25519 -N "" -C test-only-ed25519 -f ssh-ed25519
ssh-keygen -q -t ecdsa -b 256 -N "" -C test-only-ecdsa -f ssh-ecdsa
ssh-keygen -q -t ed25519 -N test-only -C test-only-encrypted -f ssh-encrypted
{
    echo "# principals  [options]  key   (fivesafes test-only allowed signers)"
    echo "researcher@example.org $(cut -d' ' -f1,2 ssh-ed25519.pub)"
    echo "tre@example.org,tre-ops@example.org namespaces=\"5s-crate\" $(cut -d' ' -f1,2 ssh-ecdsa.pub)"
} > allowed_signers
chmod 600 ssh-ed25519 ssh-ecdsa ssh-encrypted ./*.key
echo "made the test-only keys in $(pwd)"
