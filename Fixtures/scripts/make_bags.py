#!/usr/bin/env python3
"""Writes the BagIt and ZIP fixtures: Fixtures/bags/{valid,invalid}/ and Fixtures/archives/.

Deterministic (fixed times 2020-01-01, sorted entries, fixed modes) and re-runnable: every output is
deleted and rewritten. Standard library only. Run from anywhere:

    python3 Fixtures/scripts/make_bags.py            # everything
    python3 Fixtures/scripts/make_bags.py --no-bomb  # skip the slow 10 GiB bomb

Each fixture and the finding it must produce is documented in Fixtures/README.md ("Bags and archives").
"""
import hashlib
import os
import shutil
import struct
import sys
import time
import warnings
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.dirname(HERE)
CRATES = os.path.join(FIXTURES, "crates", "valid")
BAGS = os.path.join(FIXTURES, "bags")
ARCHIVES = os.path.join(FIXTURES, "archives")

DATE_TIME = (2020, 1, 1, 0, 0, 0)
EPOCH_2020 = 1577836800
EXTERNAL_ID = "urn:uuid:6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f"
DECLARATION = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
BOMB_SIZE = 10 << 30  # 10 GiB of zeros in one entry
MANY_ENTRIES = 100_000


# ---------------------------------------------------------------------------------------------------
# Bags in memory: {relative path: bytes}


def sha512(data):
    return hashlib.sha512(data).hexdigest()


def encode_path(path):
    """RFC 8493 §2.1.3: only CR, LF and % are percent-encoded in manifest paths."""
    return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D")


def manifest_text(entries, eol="\n"):
    """`<sha512>  <encoded path>` lines sorted by path; entries are (path, bytes) or (path, digest-string)."""
    lines = []
    for path, content in sorted(entries, key=lambda item: item[0].encode("utf-8")):
        digest = content if isinstance(content, str) else sha512(content)
        lines.append("%s  %s%s" % (digest, encode_path(path), eol))
    return "".join(lines).encode("utf-8")


def read_crate(name):
    """The crate folder's files as {'data/<path>': bytes}."""
    root = os.path.join(CRATES, name)
    payload = {}
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for file in sorted(files):
            full = os.path.join(folder, file)
            relative = os.path.relpath(full, root).replace(os.sep, "/")
            with open(full, "rb") as handle:
                payload["data/" + relative] = handle.read()
    return payload


def bag(payload, declaration=DECLARATION, info=None, oxum=None, manifest_entries=None, manifest_eol="\n",
        with_manifest=True, with_tagmanifest=True, extra_tag_files=None, extra_tag_entries=()):
    """A bag as {path: bytes}. Tag files are computed in RFC order: manifest, bag-info, tagmanifest."""
    files = dict(payload)
    files["bagit.txt"] = declaration
    if with_manifest:
        entries = manifest_entries if manifest_entries is not None else list(payload.items())
        files["manifest-sha512.txt"] = manifest_text(entries, manifest_eol)
    if oxum is None:
        oxum = "%d.%d" % (sum(len(v) for v in payload.values()), len(payload))
    if info is None:
        info = [
            ("Bag-Software-Agent", "make_bags.py (fivesafes fixtures)"),
            ("Bagging-Date", "2020-01-01"),
            ("External-Identifier", EXTERNAL_ID),
            ("Payload-Oxum", oxum),
        ]
    files["bag-info.txt"] = "".join(("%s: %s\n" % field) if field[1] is not None else field[0] + "\n" for field in info).encode("utf-8")
    for name, content in (extra_tag_files or {}).items():
        files[name] = content
    if with_tagmanifest:
        tags = [(name, files[name]) for name in sorted(files) if not name.startswith("data/")]
        files["tagmanifest-sha512.txt"] = manifest_text(tags + list(extra_tag_entries))
    return files


def write_folder(folder, files):
    shutil.rmtree(folder, ignore_errors=True)
    for path in sorted(files):
        full = os.path.join(folder, *path.split("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as handle:
            handle.write(files[path])
    os.makedirs(os.path.join(folder, "data"), exist_ok=True)
    # Fixed times so tools that look at them see the same tree every run.
    for folder_path, dirs, names in os.walk(folder):
        for name in names + dirs:
            os.utime(os.path.join(folder_path, name), (EPOCH_2020, EPOCH_2020), follow_symlinks=False)


# ---------------------------------------------------------------------------------------------------
# ZIPs


def zip_info(name, directory=False, mode=None, method=zipfile.ZIP_DEFLATED):
    info = zipfile.ZipInfo(name, DATE_TIME)
    info.create_system = 3  # Unix, so readers take the mode from external_attr and leave names alone
    if directory:
        info.external_attr = (0o40755 << 16) | 0x10
        info.compress_type = zipfile.ZIP_STORED
    else:
        info.external_attr = (mode if mode is not None else 0o100644) << 16
        info.compress_type = method
    return info


def bag_entries(files, prefix, method=zipfile.ZIP_DEFLATED, payload_method=None):
    """[(ZipInfo, bytes)] for a bag under `prefix` ('' or 'name/'): the bag folder, tag files, then the
    payload in byte order with each folder entry just before its first file."""
    entries = [(zip_info(prefix, directory=True), b"")] if prefix else []
    written = set()
    tag_names = sorted(name for name in files if not name.startswith("data/"))
    payload_names = sorted((name for name in files if name.startswith("data/")), key=lambda n: n.encode("utf-8"))
    for name in tag_names + payload_names:
        parts = name.split("/")[:-1]
        for index in range(1, len(parts) + 1):
            folder = prefix + "/".join(parts[:index]) + "/"
            if folder not in written:
                written.add(folder)
                entries.append((zip_info(folder, directory=True), b""))
        chosen = method if payload_method is None or not name.startswith("data/") else payload_method
        entries.append((zip_info(prefix + name, method=chosen), files[name]))
    return entries


def write_zip(path, entries):
    if os.path.exists(path):
        os.remove(path)
    with zipfile.ZipFile(path, "w", allowZip64=True) as archive:
        for info, content in entries:
            archive.writestr(info, content)


def set_encryption_flag(path, entry_name):
    """Sets general-purpose bit 0 (encrypted) in the local and central headers of one entry."""
    with open(path, "rb") as handle:
        data = bytearray(handle.read())
    name = entry_name.encode("utf-8")
    patched = 0
    offset = 0
    while True:
        offset = data.find(b"PK\x03\x04", offset)
        if offset < 0:
            break
        name_length = struct.unpack_from("<H", data, offset + 26)[0]
        if bytes(data[offset + 30:offset + 30 + name_length]) == name:
            flags = struct.unpack_from("<H", data, offset + 6)[0]
            struct.pack_into("<H", data, offset + 6, flags | 1)
            patched += 1
        offset += 4
    offset = 0
    while True:
        offset = data.find(b"PK\x01\x02", offset)
        if offset < 0:
            break
        name_length = struct.unpack_from("<H", data, offset + 28)[0]
        if bytes(data[offset + 46:offset + 46 + name_length]) == name:
            flags = struct.unpack_from("<H", data, offset + 8)[0]
            struct.pack_into("<H", data, offset + 8, flags | 1)
            patched += 1
        offset += 4
    assert patched == 2, "expected one local and one central header for %s, patched %d" % (entry_name, patched)
    with open(path, "wb") as handle:
        handle.write(data)


def write_bomb(path, files):
    """The valid bag's tag files, then one entry of BOMB_SIZE zeros, deflated in 64 MiB chunks."""
    if os.path.exists(path):
        os.remove(path)
    chunk = bytes(64 << 20)
    with zipfile.ZipFile(path, "w", allowZip64=True) as archive:
        for info, content in bag_entries(files, "request/"):
            archive.writestr(info, content)
        info = zip_info("request/data/zeros.bin")
        with archive.open(info, "w", force_zip64=True) as entry:
            for _ in range(BOMB_SIZE // len(chunk)):
                entry.write(chunk)


def write_many(path, base_payload):
    """A valid bag whose payload holds MANY_ENTRIES empty files (Stored; short names keep the headers small),
    all listed in the manifest (Deflate: the lines share one digest, so it shrinks to almost nothing)."""
    payload = dict(base_payload)
    for index in range(MANY_ENTRIES):
        payload["data/%05d" % index] = b""
    files = bag(payload)
    write_zip(path, bag_entries(files, "request/", payload_method=zipfile.ZIP_STORED))


# ---------------------------------------------------------------------------------------------------


def make_bags(request, result):
    valid = os.path.join(BAGS, "valid")
    invalid = os.path.join(BAGS, "invalid")
    shutil.rmtree(BAGS, ignore_errors=True)

    write_folder(os.path.join(valid, "request-bag"), bag(request))
    write_folder(os.path.join(valid, "result-bag"), bag(result))

    # Edited after hashing: same length, so Payload-Oxum still matches and only the checksum is stale.
    stale = bag(request)
    text = stale["data/input1.txt"]
    stale["data/input1.txt"] = bytes([text[0] ^ 0x20]) + text[1:]
    assert len(stale["data/input1.txt"]) == len(text) and stale["data/input1.txt"] != text

    octets = sum(len(v) for v in request.values())
    extra = dict(request, **{"data/extra.txt": b"not in the manifest\n"})
    listed_missing = list(request.items()) + [("data/input2.txt", b"never written\n")]
    percent = dict(request, **{"data/100% done.txt": b"a file whose name has a percent sign and a space\n"})
    no_metadata = {"data/input1.txt": request["data/input1.txt"]}
    outside = list(request.items()) + [("../evil", b"evil\n")]
    fetch = b"https://example.org/crate/input1.txt %d data/input1.txt\n" % len(request["data/input1.txt"])
    info = lambda identifier: [("Bagging-Date", "2020-01-01")] + ([("External-Identifier", identifier)] if identifier else []) + [
        ("Payload-Oxum", "%d.%d" % (octets, len(request)))
    ]

    bags = {
        "stale-manifest": stale,
        "wrong-oxum": bag(request, oxum="%d.%d" % (octets + 1, len(request))),
        "missing-tagmanifest": bag(request, with_tagmanifest=False),
        "missing-manifest": bag(request, with_manifest=False),
        # Oxum counts the extra file, so the only defect is the unlisted file.
        "extra-file": bag(extra, manifest_entries=list(request.items())),
        "missing-file": bag(request, manifest_entries=listed_missing),
        # RO-Crate 1.1's implementation notes write exactly `BagIt-version: 1.0`: accepted (RC-BAG-03, issue 17).
        "rocrate-bagit-version": bag(request, declaration=b"BagIt-version: 1.0\nTag-File-Character-Encoding: UTF-8\n"),
        # Any other spelling of the label is still an RC-BAG-03 finding.
        "lowercase-bagit-version": bag(request, declaration=b"bagit-version: 1.0\nTag-File-Character-Encoding: UTF-8\n"),
        "old-version": bag(request, declaration=b"BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n"),
        "no-external-identifier": bag(request, info=info(None)),
        "non-uuid-external-identifier": bag(request, info=info("request-2020-01")),
        "manifest-path-outside": bag(request, manifest_entries=outside),
        "tagmanifest-lists-payload": bag(request, extra_tag_entries=[("data/input1.txt", request["data/input1.txt"])]),
        "crlf-manifest": bag(request, manifest_eol="\r\n"),
        "percent-encoded-name": bag(percent),
        "fetch-present": bag(request, extra_tag_files={"fetch.txt": fetch}),
        "no-metadata": bag(no_metadata),
        "bagit-txt-bom": bag(request, declaration=b"\xef\xbb\xbf" + DECLARATION),
        "bag-info-malformed": bag(request, info=info(EXTERNAL_ID) + [("this line has no colon", None)]),
    }
    for name, files in bags.items():
        target = valid if name in ("crlf-manifest", "percent-encoded-name", "rocrate-bagit-version") else invalid
        write_folder(os.path.join(target, name), files)
    # The percent fixture must really carry the encoded name.
    with open(os.path.join(valid, "percent-encoded-name", "manifest-sha512.txt"), "rb") as handle:
        assert b"data/100%25 done.txt" in handle.read()


# Central-directory surgery (also used by make_hostile.py's zip_round2_cases).

def zip_parts(data):
    """(local region, [central-directory records], comment) of a ZIP without zip64 end records."""
    end = data.rindex(b"PK\x05\x06")
    count = int.from_bytes(data[end + 10:end + 12], "little")
    offset = int.from_bytes(data[end + 16:end + 20], "little")
    records, position = [], offset
    for _ in range(count):
        lengths = [int.from_bytes(data[position + at:position + at + 2], "little") for at in (28, 30, 32)]
        size = 46 + sum(lengths)
        records.append(bytearray(data[position:position + size]))
        position += size
    return bytearray(data[:offset]), records, bytes(data[end + 22:])


def zip_join(local, records, comment=b"", offset_shift=0):
    """A ZIP of a local region and central-directory records, with a fresh end record (the directory offset
    moved by offset_shift, to lie about it)."""
    directory = b"".join(bytes(record) for record in records)
    end = (b"PK\x05\x06" + b"\x00" * 4 + len(records).to_bytes(2, "little") * 2
           + len(directory).to_bytes(4, "little") + (len(local) + offset_shift).to_bytes(4, "little")
           + len(comment).to_bytes(2, "little") + comment)
    return bytes(local) + directory + end


def record_name(record):
    length = int.from_bytes(record[28:30], "little")
    return bytes(record[46:46 + length])


def renamed_record(record, name):
    """A central-directory record with another name (its length field updated)."""
    length = int.from_bytes(record[28:30], "little")
    renamed = bytearray(record[:46]) + name + record[46 + length:]
    renamed[28:30] = len(name).to_bytes(2, "little")
    return renamed


def record_offset(record):
    return int.from_bytes(record[42:46], "little")


def set_record_offset(record, offset):
    record[42:46] = offset.to_bytes(4, "little")


def make_archives(request, with_bomb):
    os.makedirs(ARCHIVES, exist_ok=True)
    for name in os.listdir(ARCHIVES):
        if with_bomb or name != "bomb.zip":
            os.remove(os.path.join(ARCHIVES, name))
    out = lambda name: os.path.join(ARCHIVES, name)
    files = bag(request)
    entries = bag_entries(files, "request/")

    write_zip(out("request.zip"), entries)
    write_zip(out("two-top-level.zip"), entries + [(zip_info("other/readme.txt"), b"a second top-level entry\n")])
    write_zip(out("bag-at-root.zip"), bag_entries(files, ""))
    write_zip(out("dotdot.zip"), entries + [(zip_info("request/../../evil.txt"), b"evil\n")])
    write_zip(out("absolute.zip"), entries + [(zip_info("/tmp/abs.txt"), b"absolute\n")])
    write_zip(out("backslash.zip"), entries + [(zip_info("request/data/..\\..\\..\\evil.txt"), b"evil\n")])
    link = zip_info("request/data/passwd", mode=0o120777, method=zipfile.ZIP_STORED)
    write_zip(out("symlink.zip"), entries + [(link, b"../../etc/passwd")])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name, which is the point
        write_zip(out("duplicate.zip"), entries + [(zip_info("request/data/input1.txt"), b"a second, different input1.txt\n")])

    def with_file(name, content):
        payload = dict(request, **{name: content})
        return bag_entries(bag(payload), "request/")

    write_zip(out("case-collision.zip"), with_file("data/A.txt", b"upper\n") + [(zip_info("request/data/a.txt"), b"lower\n")])
    nfc, nfd = "data/caf\u00e9.txt", "data/cafe\u0301.txt"
    write_zip(out("unicode-collision.zip"), with_file(nfc, b"composed\n") + [(zip_info("request/" + nfd), b"decomposed\n")])

    write_zip(out("encrypted-flag.zip"), entries)
    set_encryption_flag(out("encrypted-flag.zip"), "request/data/input1.txt")

    with open(out("request.zip"), "rb") as handle:
        whole = handle.read()
    with open(out("truncated.zip"), "wb") as handle:
        handle.write(whole[: len(whole) // 2])
    with open(out("not-a-zip.zip"), "wb") as handle:
        handle.write(b"This is a text file with a .zip name, not a ZIP archive.\n")

    no_declaration = {name: content for name, content in files.items() if name != "bagit.txt"}
    write_zip(out("no-bagit.zip"), bag_entries(no_declaration, "request/"))
    write_zip(out("method-bzip2.zip"), bag_entries(files, "request/", method=zipfile.ZIP_BZIP2))

    # Two central-directory records pointing at the local entry of input1.txt (an overlap), and an entry name of
    # 5,000 bytes (past the 4,096-byte limit).
    local, records, comment = zip_parts(whole)
    target = next(r for r in records if record_name(r) == b"request/data/input1.txt")
    with open(out("overlap.zip"), "wb") as handle:
        handle.write(zip_join(local, records + [renamed_record(target, b"request/data/copy.txt")], comment))
    write_zip(out("long-name.zip"), entries + [(zip_info("request/data/" + "n" * 5000 + ".txt"), b"long\n")])

    started = time.monotonic()
    write_many(out("many-entries.zip"), request)
    print("many-entries.zip: %d entries in %.1f s" % (MANY_ENTRIES, time.monotonic() - started))
    if with_bomb:
        started = time.monotonic()
        write_bomb(out("bomb.zip"), files)
        print("bomb.zip: %d bytes expand to %d in %.1f s" % (os.path.getsize(out("bomb.zip")), BOMB_SIZE, time.monotonic() - started))


def main():
    request = read_crate("request")
    result = read_crate("result")
    make_bags(request, result)
    make_archives(request, with_bomb="--no-bomb" not in sys.argv[1:])


if __name__ == "__main__":
    main()
