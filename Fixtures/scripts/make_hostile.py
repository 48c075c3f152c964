#!/usr/bin/env python3
"""Writes the hostile-input suite: Fixtures/hostile/<case>/ and Fixtures/hostile/cases.json.

Every case is an input an attacker (or an accident) could hand fivesafes, the command run on it, and what the
tool must do: the exit code, text the output must contain (the rule id or the clear error naming the file and
place), and time and memory bounds. HostileInputTests runs each case on a copy in a temporary folder and checks
all of that, and that nothing was written outside the folder the command may write to.

Cases marked "large" are too big to commit (1M entities, a 64 MiB string): their folders hold only case.json's
entry, and the files are written by `make_hostile.py --large` (make test runs it; the test runs it when missing).

    python3 Fixtures/scripts/make_hostile.py          # the committed cases and cases.json
    python3 Fixtures/scripts/make_hostile.py --large  # also the large files (git-ignored)

Deterministic and re-runnable: every case folder is deleted and rewritten. Standard library only.
"""
import base64
import io
import json
import os
import shutil
import struct
import sys
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_bags  # noqa: E402  (the bag and ZIP writers the BagIt fixtures use)

FIXTURES = os.path.dirname(HERE)
HOSTILE = os.path.join(FIXTURES, "hostile")
REQUEST = make_bags.read_crate("request")
METADATA = REQUEST["data/ro-crate-metadata.json"]

CASES = []
# The test-only EC key of Fixtures/signing (made by make-keys.sh; it signs nothing real).
with open(os.path.join(FIXTURES, "signing", "leaf-p256.key"), encoding="utf-8") as _handle:
    TEST_KEY = _handle.read()


def case(name, what, args, exit, contains=(), seconds=60, memory_mib=1024, writes=None, large=False,
         absent=()):
    """Registers a case. `args` use {case} for the case folder; `writes` is the one path (relative to the work
    folder) the command may create; `absent` are texts the output must not contain (secrets)."""
    entry = {"name": name, "what": what, "args": args, "exit": exit, "contains": list(contains),
             "seconds": seconds, "memoryMiB": memory_mib}
    if writes:
        entry["writes"] = writes
    if large:
        entry["large"] = True
    if absent:
        entry["absent"] = list(absent)
    CASES.append(entry)
    folder = os.path.join(HOSTILE, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    return folder


def write(folder, relative, content):
    path = os.path.join(folder, *relative.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def metadata_case(name, what, content, exit, contains=(), **options):
    folder = case(name, what, ["validate", "{case}/ro-crate-metadata.json"], exit, contains, **options)
    if content is not None:
        write(folder, "ro-crate-metadata.json", content)
    return folder


def graph(entities, context="https://w3id.org/ro/crate/1.1/context"):
    return json.dumps({"@context": context, "@graph": entities})


def minimal(extra_entities=(), root_extra=None):
    """A plain RO-Crate 1.1 with a root dataset, plus extra entities."""
    root = {"@id": "./", "@type": "Dataset", "name": "n", "description": "d", "datePublished": "2024-01-01",
            "license": {"@id": "https://spdx.org/licenses/MIT"}}
    root.update(root_extra or {})
    descriptor = {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
                  "conformsTo": {"@id": "https://w3id.org/ro/crate/1.1"}}
    return [descriptor, root] + list(extra_entities)


def zip_case(name, what, entries, exit, contains=(), extract_exit=None, extract_contains=(), **options):
    """A ZIP validated in place, and (when extract_exit is given) a second case extracting it."""
    folder = case(name, what, ["validate", "{case}/crate.zip"], exit, contains, **options)
    make_bags.write_zip(os.path.join(folder, "crate.zip"), entries)
    if extract_exit is not None:
        extract = case(name + "-extract", what + " (zip --extract)",
                       ["zip", "--extract", "{case}/crate.zip", "-d", "out"], extract_exit, extract_contains,
                       writes="out", **options)
        shutil.copyfile(os.path.join(folder, "crate.zip"), os.path.join(extract, "crate.zip"))
    return folder


def request_bag(**options):
    return make_bags.bag(REQUEST, **options)


def bag_case(name, what, files, exit, contains=(), **options):
    folder = case(name, what, ["validate", "{case}/bag"], exit, contains, **options)
    make_bags.write_folder(os.path.join(folder, "bag"), files)
    return folder


# ---------------------------------------------------------------------------------------------------
# JSON and JSON-LD


def json_cases():
    metadata_case("json-deep-arrays", "20,000 nested arrays", "[" * 20_000, 2, ["RC-MD-02", "nest"], seconds=20)
    metadata_case("json-deep-objects", "20,000 nested objects", '{"a":' * 20_000, 2, ["RC-MD-02", "nest"],
                  seconds=20)
    metadata_case("json-deep-graph", "an entity property nested 400 levels (under the parser's limit)",
                  graph(minimal([{"@id": "#deep", "@type": "Thing", "name": json.loads("[" * 400 + "]" * 400)}])),
                  1, ["RC-"], seconds=20)
    metadata_case("json-huge-number", "a number with 200,000 digits and one with exponent 1e999999",
                  graph(minimal([{"@id": "#n", "@type": "PropertyValue", "name": "n", "value": 1, "maxValue": 2}]))
                  .replace('"value": 1', '"value": ' + "9" * 200_000).replace('"maxValue": 2', '"maxValue": 1e999999'),
                  0, ["valid"], seconds=20)
    metadata_case("json-invalid-utf8", "bytes FF FE inside a string",
                  graph(minimal()).encode().replace(b'"name": "n"', b'"name": "\xff\xfe"'), 2,
                  ["RC-MD-02", "UTF-8", "ro-crate-metadata.json:1:"])
    metadata_case("json-overlong-utf8", "an overlong encoding of '/' (C0 AF) inside a string",
                  graph(minimal()).encode().replace(b'"name": "n"', b'"name": "\xc0\xaf"'), 2,
                  ["RC-MD-02", "UTF-8"])
    metadata_case("json-lone-surrogate", "an escaped lone surrogate \\ud800",
                  graph(minimal()).replace('"name": "n"', '"name": "\\ud800"'), 2, ["RC-MD-02", "surrogate"])
    metadata_case("json-utf8-bom", "a UTF-8 byte order mark before the JSON (RFC 8259 lets readers ignore it)",
                  b"\xef\xbb\xbf" + graph(minimal()).encode(), 0, ["valid"])
    metadata_case("json-utf16", "the metadata in UTF-16 with a BOM", graph(minimal()).encode("utf-16"), 2,
                  ["RC-MD-02"])
    metadata_case("json-raw-nul", "a raw NUL byte inside a string",
                  graph(minimal()).encode().replace(b'"name": "n"', b'"name": "a\x00b"'), 2, ["RC-MD-02"])
    metadata_case("json-escaped-nul-id", "an @id holding an escaped NUL",
                  graph(minimal([{"@id": "#a\\u0000b", "@type": "Thing"}])).replace("\\\\u0000", "\\u0000"), 1,
                  ["RC-"])
    metadata_case("json-duplicate-keys", "the root dataset with @id given twice",
                  graph(minimal()).replace('"@id": "./",', '"@id": "./", "@id": "#other",'), 1,
                  ["FS-JSON-001", "/@graph/1/@id"])
    metadata_case("json-empty-file", "an empty metadata file", b"", 2, ["RC-MD-01", "empty"])
    metadata_case("json-whitespace", "a metadata file of spaces and newlines", b" \n\t\r\n" * 1000, 2,
                  ["RC-MD-01", "empty"])
    metadata_case("json-top-level-array", "a JSON array where an object belongs", "[1, 2, 3]", 2, ["RC-MD-"])
    metadata_case("json-top-level-string", "a JSON string where an object belongs", '"ro-crate"', 2, ["RC-MD-"])
    metadata_case("json-graph-object", "@graph is an object, not an array",
                  json.dumps({"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": {"@id": "./"}}), 2,
                  ["@graph"])
    metadata_case("json-wrong-types", "@id a number, @type an object, hasPart a string, about null",
                  json.dumps({"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": [
                      {"@id": "ro-crate-metadata.json", "@type": {"x": 1}, "about": None},
                      {"@id": 42, "@type": "Dataset"},
                      {"@id": "./", "@type": ["Dataset", 7], "hasPart": "x", "license": [[[]]]}]}),
                  1, ["RC-"])
    cycle = [
        {"@id": "#a", "@type": "Dataset", "hasPart": [{"@id": "#b"}], "isPartOf": {"@id": "#b"}},
        {"@id": "#b", "@type": "Dataset", "hasPart": [{"@id": "#a"}, {"@id": "./"}], "isPartOf": {"@id": "#a"}},
        {"@id": "#p", "@type": "Person", "affiliation": {"@id": "#o"}, "knows": {"@id": "#p"}},
        {"@id": "#o", "@type": "Organization", "member": {"@id": "#p"}, "parentOrganization": {"@id": "#o"}},
    ]
    metadata_case("jsonld-id-cycles", "hasPart, isPartOf, parentOrganization and about cycles, the root inside itself",
                  graph(minimal(cycle, {"hasPart": [{"@id": "./"}, {"@id": "#a"}], "author": {"@id": "#p"},
                                        "about": {"@id": "ro-crate-metadata.json"}})), 1, ["RC-"], seconds=20)
    metadata_case("jsonld-context-garbage", "@context an unknown URL, a number and a nested list",
                  json.dumps({"@context": ["https://evil.example/context", 5, [[{}]]], "@graph": minimal()}), 1,
                  ["RC-MD-03"])
    metadata_case("jsonld-duplicate-ids", "5,000 entities all with the same @id",
                  graph(minimal([{"@id": "#same", "@type": "Thing", "name": str(i)} for i in range(5_000)])), 1,
                  ["#same"], seconds=30)
    folder = case("json-over-size-limit", "a metadata file over --max-size (the 64 MiB case's limit, scaled down)",
                  ["validate", "--max-size", "4096", "{case}/crate"], 2, ["FS-INPUT-002", "over the limit of 4096 bytes"])
    write(folder, "crate/ro-crate-metadata.json", METADATA)
    write(folder, "crate/input1.txt", REQUEST["data/input1.txt"])
    folder = metadata_case("json-huge-string", "a 64 MiB string value in the root's description", None, 0,
                           ["valid"], seconds=120, memory_mib=2048, large=True)
    write(folder, "README", "ro-crate-metadata.json is written by make_hostile.py --large (64 MiB).\n")
    folder = metadata_case("jsonld-million-entities", "1,000,000 contextual entities", None, 0, ["valid"],
                           seconds=600, memory_mib=6144, large=True)
    write(folder, "README", "ro-crate-metadata.json is written by make_hostile.py --large (1,000,000 entities).\n")


def large_files():
    description = "x" * (64 << 20)
    write(os.path.join(HOSTILE, "json-huge-string"), "ro-crate-metadata.json",
          graph(minimal(root_extra={"description": description})))
    path = os.path.join(HOSTILE, "jsonld-million-entities", "ro-crate-metadata.json")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('{"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": [')
        handle.write(json.dumps(minimal()[0]) + "," + json.dumps(minimal()[1]))
        for index in range(1_000_000):
            handle.write(',{"@id":"#e%d","@type":"Thing","name":"entity %d"}' % (index, index))
        handle.write("]}")


# ---------------------------------------------------------------------------------------------------
# Files and folders


def folder_cases():
    folder = case("crate-metadata-symlink", "ro-crate-metadata.json is a symbolic link to a file outside the crate",
                  ["validate", "{case}/crate"], 2, ["FS-INPUT-001", "symbolic link", "ro-crate-metadata.json"])
    write(folder, "secret.txt", "not for the crate\n")
    os.makedirs(os.path.join(folder, "crate"))
    os.symlink("../secret.txt", os.path.join(folder, "crate", "ro-crate-metadata.json"))

    folder = case("crate-payload-symlink", "a payload file that is a symbolic link to /etc/passwd",
                  ["validate", "{case}/crate"], 1, ["FS-PAYLOAD-003", "symbolic link", "passwd.txt"])
    crate_metadata = json.loads(METADATA)
    for entity in crate_metadata["@graph"]:
        if entity["@id"] == "./":
            entity["hasPart"].append({"@id": "passwd.txt"})
    crate_metadata["@graph"].append({"@id": "passwd.txt", "@type": "File", "name": "a link"})
    write(folder, "crate/ro-crate-metadata.json", json.dumps(crate_metadata, indent=2))
    write(folder, "crate/input1.txt", REQUEST["data/input1.txt"])
    os.symlink("/etc/passwd", os.path.join(folder, "crate", "passwd.txt"))

    for name, args, exit, contains in (
            ("zip-crate-with-symlink", [], 1, ["FS-PAYLOAD-003", "passwd.txt"]),
            ("zip-crate-with-symlink-unvalidated", ["--no-validate"], 2, ["symbolic link", "passwd.txt"])):
        folder = case(name, "zip refuses a crate holding a symbolic link out of it " + " ".join(args),
                      ["zip", "{case}/crate", "-o", "out.zip"] + args, exit, contains)
        shutil.copytree(os.path.join(HOSTILE, "crate-payload-symlink", "crate"), os.path.join(folder, "crate"),
                        symlinks=True)

    folder = case("init-input-symlink", "init refuses an input that is a symbolic link out of the folder",
                  ["init", "{case}/crate", "--name", "n", "--license", "MIT", "--workflow",
                   "https://workflowhub.eu/workflows/289?version=1", "--agent", "0000-0002-1825-0097",
                   "--agent-name", "Josiah Carberry", "--project", "p1", "--project-name", "P", "--tre", "tre72",
                   "--organization", "https://ror.org/05gq02987", "--organization-name", "Brown University",
                   "--input-file", "in=link.txt"], 64, ["symbolic link", "link.txt"])
    os.makedirs(os.path.join(folder, "crate"))
    os.symlink("/etc/hostname", os.path.join(folder, "crate", "link.txt"))


# ---------------------------------------------------------------------------------------------------
# ZIPs


def bag_zip_entries(files=None, prefix="request/"):
    return make_bags.bag_entries(files or request_bag(), prefix)


def zip_cases():
    entries = bag_zip_entries()
    info = make_bags.zip_info

    zip_case("zip-dotdot-entry", "an entry ../../escaped.txt", entries + [(info("request/../../escaped.txt"), b"x")],
             1, ["FS-ZIP-001", "escaped.txt"], extract_exit=2, extract_contains=["escaped.txt"])
    zip_case("zip-absolute-entry", "an entry /tmp/fivesafes-absolute.txt",
             entries + [(info("/tmp/fivesafes-absolute.txt"), b"x")], 1, ["FS-ZIP-001", "absolute"],
             extract_exit=2, extract_contains=["fivesafes-absolute.txt"])
    link = info("request/data/link.txt", mode=0o120777)
    zip_case("zip-symlink-entry", "a symbolic-link entry pointing at /etc/passwd", entries + [(link, b"/etc/passwd")],
             1, ["FS-ZIP-002", "link.txt"], extract_exit=2, extract_contains=["link.txt"])
    zip_case("zip-case-collision", "README.txt and readme.txt in the payload",
             entries + [(info("request/data/README.txt"), b"a"), (info("request/data/readme.txt"), b"b")],
             1, ["FS-ZIP-003"], extract_exit=2, extract_contains=["collides", "readme.txt"])
    zip_case("zip-unicode-collision", "café.txt in NFC and in NFD",
             entries + [(info("request/data/caf\u00e9.txt"), b"a"), (info("request/data/cafe\u0301.txt"), b"b")],
             1, ["FS-ZIP-003"], extract_exit=2, extract_contains=["caf"])
    zip_case("zip-control-characters", "an entry name with a newline and an escape sequence",
             entries + [(info("request/data/a\nb\x1b[31m.txt"), b"x")], 1, ["FS-ZIP-001"],
             extract_exit=2, extract_contains=["control character", "a\\nb\\u{1b}[31m.txt"])
    # libarchive reads a name up to its NUL, so the entry is `data/a`: an unlisted file (and a truncated name can
    # still only collide, never escape, since the shortened name is checked like any other).
    folder = zip_case("zip-nul-in-name", "an entry name with a NUL byte (read as data/a)",
                      entries + [(info("request/data/aXb.txt"), b"x")], 1, ["RC-BAG-05", "data/a"])
    path = os.path.join(folder, "crate.zip")
    with open(path, "rb") as handle:
        data = handle.read()
    write(folder, "crate.zip", data.replace(b"request/data/aXb.txt", b"request/data/a\x00b.txt"))

    zip_case("zip-file-folder-conflict", "an entry `data/a` that is a file, then `data/a/b` inside it",
             entries + [(info("request/data/a"), b"file"), (info("request/data/a/b"), b"inside a file")],
             1, ["FS-ZIP-003", "which is a file"], extract_exit=2, extract_contains=["which is a file", "nothing was extracted"])

    folder = case("zip-truncated", "the request ZIP cut in half", ["validate", "{case}/crate.zip"], 2,
                  ["crate.zip"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for entry, content in entries:
            archive.writestr(entry, content)
    data = buffer.getvalue()
    write(folder, "crate.zip", data[: len(data) // 2])
    folder = case("zip-truncated-extract", "the request ZIP cut in half (zip --extract)",
                  ["zip", "--extract", "{case}/crate.zip", "-d", "out"], 2, ["crate.zip", "cannot be read"], writes="out")
    write(folder, "crate.zip", data[: len(data) // 2])

    folder = case("zip-empty-archive", "a ZIP with no entries (end-of-central-directory only)",
                  ["validate", "{case}/crate.zip"], 2, ["bagit.txt"])
    write(folder, "crate.zip", b"PK\x05\x06" + b"\x00" * 18)
    folder = case("zip-garbage", "random bytes starting with the ZIP signature", ["validate", "{case}/crate.zip"], 2,
                  ["crate.zip"])
    write(folder, "crate.zip", b"PK\x03\x04" + bytes((i * 7919) % 251 for i in range(20_000)))

    folder = case("zip-lying-sizes", "an entry whose headers claim 4 GiB but hold a few bytes",
                  ["validate", "{case}/crate.zip"], 2, ["crate.zip"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for entry, content in entries:
            archive.writestr(entry, content)
        stored = info("request/data/liar.txt", method=zipfile.ZIP_STORED)
        archive.writestr(stored, b"tiny")
    data = bytearray(buffer.getvalue())
    name = b"request/data/liar.txt"
    index = data.find(name)
    while index != -1:
        header = data.rfind(b"PK\x03\x04", 0, index)
        central = data.rfind(b"PK\x01\x02", 0, index)
        if central != -1 and central + 46 == index:
            data[central + 24:central + 28] = (0xFFFFFFF0).to_bytes(4, "little")
        elif header != -1 and header + 30 == index:
            data[header + 22:header + 26] = (0xFFFFFFF0).to_bytes(4, "little")
        index = data.find(name, index + 1)
    write(folder, "crate.zip", bytes(data))

    folder = case("zip-tar-hardlink", "a tar archive named .zip with a hard-link entry to /etc/passwd",
                  ["validate", "{case}/crate.zip"], 2, ["crate.zip", "ZIP"])
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        member = tarfile.TarInfo("request/data/passwd")
        member.type = tarfile.LNKTYPE
        member.linkname = "/etc/passwd"
        archive.addfile(member)
    write(folder, "crate.zip", buffer.getvalue())

    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as archive:
        for index in range(8):
            archive.writestr(f"zeros-{index}.bin", bytes(16 << 20))
    nested = dict(REQUEST)
    nested["data/nested.zip"] = inner.getvalue()
    zip_case("zip-nested-bomb", "a payload ZIP that expands to 128 MiB (never opened: payload is hashed as bytes)",
             bag_zip_entries(make_bags.bag(nested)), 0, ["valid"], seconds=60)

    folder = case("zip-ratio-bomb", "10 GiB of zeros in a 10 MB ZIP (the committed bomb fixture)",
                  ["validate", "{case}/crate.zip"], 2, ["FS-ZIP-004", "zip bomb"], seconds=120, memory_mib=1024)
    write(folder, "FROM", "archives/bomb.zip\n")
    folder = case("zip-ratio-bomb-extract", "10 GiB of zeros in a 10 MB ZIP (zip --extract)",
                  ["zip", "--extract", "{case}/crate.zip", "-d", "out"], 2, ["zip bomb", "nothing was extracted"], seconds=120,
                  memory_mib=1024, writes="out")
    write(folder, "FROM", "archives/bomb.zip\n")
    folder = case("zip-100k-entries", "100,000 entries (the committed many-entries fixture)",
                  ["validate", "--max-files", "1000", "{case}/crate.zip"], 2, ["FS-ZIP-004", "1000"], seconds=120)
    write(folder, "FROM", "archives/many-entries.zip\n")


# ---------------------------------------------------------------------------------------------------
# ZIPs, round two (issue 14): central directory against local headers, declared sizes, deep names, special files

def request_zip_bytes(extra=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for entry, content in bag_zip_entries() + list(extra):
            archive.writestr(entry, content)
    return buffer.getvalue()


def zip64_size_claim(data, name, size):
    """Gives the entry `name` a zip64 extra field claiming `size` uncompressed bytes, in its local header and its
    central-directory record (both 32-bit size fields set to 0xFFFFFFFF), offsets kept consistent."""
    local, records, comment = make_bags.zip_parts(data)
    extra = (1).to_bytes(2, "little") + (8).to_bytes(2, "little") + size.to_bytes(8, "little")
    start = next(make_bags.record_offset(r) for r in records if make_bags.record_name(r) == name)
    name_length = int.from_bytes(local[start + 26:start + 28], "little")
    extra_length = int.from_bytes(local[start + 28:start + 30], "little")
    at = start + 30 + name_length + extra_length
    local[start + 22:start + 26] = (0xFFFFFFFF).to_bytes(4, "little")
    local[start + 28:start + 30] = (extra_length + len(extra)).to_bytes(2, "little")
    local[at:at] = extra
    for record in records:
        if make_bags.record_offset(record) > start:
            make_bags.set_record_offset(record, make_bags.record_offset(record) + len(extra))
        if make_bags.record_name(record) == name:
            record[24:28] = (0xFFFFFFFF).to_bytes(4, "little")
            name_length = int.from_bytes(record[28:30], "little")
            extra_length = int.from_bytes(record[30:32], "little")
            record[30:32] = (extra_length + len(extra)).to_bytes(2, "little")
            record[46 + name_length + extra_length:46 + name_length + extra_length] = extra
    return make_bags.zip_join(local, records, comment)


def zip_round2_case(name, what, data, exit, contains, commands=("validate", "extract", "inspect", "verify"),
                    **options):
    """One hostile ZIP run through every command that reads untrusted ZIPs."""
    runs = {"validate": (["validate", "{case}/crate.zip"], ""),
            "extract": (["zip", "--extract", "{case}/crate.zip", "-d", "out"], " (zip --extract)"),
            "inspect": (["inspect", "{case}/crate.zip"], " (inspect)"),
            "verify": (["sign", "--verify", "{case}/crate.zip"], " (sign --verify)")}
    for command in commands:
        args, suffix = runs[command]
        suffix_name = "" if command == "validate" else "-" + command
        writes = "out" if command == "extract" else None
        folder = case(name + suffix_name, what + suffix, args, exit, contains, writes=writes, **options)
        # One copy of the archive; the other commands' cases name it (the test copies it in as crate.zip).
        if command == commands[0]:
            write(folder, "crate.zip", data)
        else:
            write(folder, "FROM", f"hostile/{name}/crate.zip\n")


def zip_round2_cases():
    info = make_bags.zip_info
    hidden_file = (info("request/data/payload.sh", method=zipfile.ZIP_STORED), b"#!/bin/sh\necho smuggled\n")

    # 1. The central directory renames an entry: the local header says payload.sh, the directory notes.txt.
    local, records, comment = make_bags.zip_parts(request_zip_bytes([hidden_file]))
    records = [make_bags.renamed_record(r, b"request/data/notes.txt") if make_bags.record_name(r) == b"request/data/payload.sh" else r
               for r in records]
    zip_round2_case("zip-cd-renamed-entry", "the central directory calls an entry notes.txt, its local header payload.sh",
                    make_bags.zip_join(local, records, comment), 2, ["FS-ZIP-008", "payload.sh"])

    # Several directory records pointing at one local entry: the overlap bomb's trick, on a small scale.
    local, records, comment = make_bags.zip_parts(request_zip_bytes())
    target = next(r for r in records if make_bags.record_name(r) == b"request/data/input1.txt")
    copies = [make_bags.renamed_record(target, f"request/data/copy-{index}.txt".encode()) for index in range(3)]
    zip_round2_case("zip-cd-overlapping-entries", "three more directory records point at the local entry of input1.txt",
                    make_bags.zip_join(local, records + copies, comment), 2, ["FS-ZIP-008", "overlap"])

    # A local entry the central directory does not list, between the last entry and the directory.
    local, records, comment = make_bags.zip_parts(request_zip_bytes())
    hidden, _, _ = make_bags.zip_parts(request_zip_bytes([hidden_file]))
    smuggled = hidden[hidden.rindex(b"PK\x03\x04"):]
    zip_round2_case("zip-cd-hidden-local-entry", "a local entry (payload.sh) that no central-directory record lists",
                    make_bags.zip_join(local + smuggled, records, comment), 2, ["FS-ZIP-008", "hidden entry"])

    # Data before the first entry with every offset moved along (a self-extractor's stub), and without (the
    # directory is not where the end record says).
    local, records, comment = make_bags.zip_parts(request_zip_bytes())
    stub = b"#!/bin/sh\nexit 0\n" + b"\x00" * 1007
    for record in records:
        make_bags.set_record_offset(record, make_bags.record_offset(record) + len(stub))
    zip_round2_case("zip-cd-prepended-data", "1 KiB before the first entry, offsets adjusted (a self-extractor stub)",
                    make_bags.zip_join(stub + local, records, comment), 2, ["FS-ZIP-008", "prepended"],
                    commands=("validate", "extract"))
    local, records, comment = make_bags.zip_parts(request_zip_bytes())
    zip_round2_case("zip-cd-misplaced", "the end record puts the central directory 1 KiB before where it is",
                    make_bags.zip_join(local, records, comment, offset_shift=-1024), 2, ["FS-ZIP-008", "not where the end record says"],
                    commands=("validate", "extract"))

    # 2. A zip64 extra field claiming 2^63-1 bytes (a Swift overflow trap before), and the same with the size limit
    # raised as far as it goes, so the claim reaches the streaming pass.
    claim = zip64_size_claim(request_zip_bytes(), b"request/data/input1.txt", (1 << 63) - 1)
    zip_round2_case("zip64-size-overflow", "a zip64 extra field claims 2^63-1 bytes for input1.txt", claim, 2,
                    ["FS-ZIP-004", "9223372036854775807"])
    folder = case("zip64-size-overflow-max-limit", "a zip64 claim of 2^63-1 bytes with --max-size 2^63-1 --metadata-only",
                  ["validate", "--metadata-only", "--max-size", str((1 << 63) - 1), "{case}/crate.zip"], 2,
                  ["FS-ZIP-004", "9223372036854775807"])
    write(folder, "crate.zip", claim)

    # 3. Names of 32,000 folders (64 KB) in a ZIP under 1 MB: refused before any bookkeeping, and names just
    # inside the limits (255 levels, about 4 KB) kept in linear time.
    deep = [(info("request/" + "d/" * 32_000 + f"{index}.txt"), b"x") for index in range(6)]
    data = request_zip_bytes(deep)
    assert len(data) < 1 << 20
    zip_round2_case("zip-deep-names", "six entries named with 32,000 folders (64 KB) each, in a ZIP under 1 MB",
                    data, 2, ["FS-ZIP-009", "past the limit of 4096"], seconds=20)
    allowed = [(info("request/data/" + "abcdefghijklmn/" * 253 + f"{index}.txt"), b"x") for index in range(100)]
    folder = case("zip-deep-names-allowed", "100 entries 255 folders deep (3.8 KB names): kept, in linear time",
                  ["validate", "{case}/crate.zip"], 1, ["RC-BAG-05"], seconds=20)
    write(folder, "crate.zip", request_zip_bytes(allowed))

    # 8. FIFOs in a crate folder (made by the test: git cannot hold one) are refused by zip like links.
    for name, what, fifo, args in (
        ("zip-fifo-metadata", "the crate's ro-crate-metadata.json is a FIFO (zip --no-validate)", "crate/ro-crate-metadata.json",
         ["zip", "--no-validate", "{case}/crate", "-o", "out.zip"]),
        ("zip-fifo-payload", "a FIFO among the payload files (zip --no-validate)", "crate/data-pipe",
         ["zip", "--no-validate", "{case}/crate", "-o", "out.zip"]),
        ("zip-fifo-payload-validated", "a FIFO among the payload files (zip)", "crate/data-pipe",
         ["zip", "{case}/crate", "-o", "out.zip"]),
    ):
        folder = case(name, what, args, 2, [fifo.split("/")[-1], "FIFO"], writes="out.zip")
        CASES[-1]["fifos"] = [fifo]
        for relative, content in REQUEST.items():
            if relative.startswith("data/") and "data/" + fifo.split("/", 1)[1] != relative:
                write(folder, "crate/" + relative[len("data/"):], content)


# ---------------------------------------------------------------------------------------------------
# BagIt manifests and tag files


def bag_cases():
    files = request_bag(manifest_eol="\r\n")
    bag_case("bag-manifest-crlf", "manifest lines end in CRLF (allowed by RFC 8493)", files, 0, ["valid"])

    files = request_bag()
    files["manifest-sha512.txt"] = files["manifest-sha512.txt"].replace(b"  ", b"\t")
    bag_case("bag-manifest-tabs", "a tab between checksum and path", refresh_tags(files), 0, ["valid"])

    entries = list(REQUEST.items()) + [("data/a\nb.txt", "0" * 128)]
    bag_case("bag-manifest-encoded-newline", "a manifest path data/a%0Ab.txt naming a file that is not there",
             request_bag(manifest_entries=entries), 1, ["FS-BAG-002", "data/a\\nb.txt"])

    for name, path in (("dotdot", "data/../../../etc/passwd"), ("absolute", "/etc/passwd"),
                       ("outside-data", "bagit.txt")):
        entries = list(REQUEST.items()) + [(path, "0" * 128)]
        bag_case(f"bag-manifest-{name}", f"a manifest line for {path}", request_bag(manifest_entries=entries), 1,
                 ["manifest-sha512.txt"])

    files = request_bag(extra_tag_entries=[("../../etc/shadow", "0" * 128)])
    bag_case("bag-tagmanifest-outside", "a tag manifest line for ../../etc/shadow", files, 1,
             ["tagmanifest-sha512.txt", "shadow"])

    files = request_bag(declaration=b"\xff\xfe\x00garbage\n" * 100)
    bag_case("bag-declaration-garbage", "bagit.txt is binary garbage", files, 1, ["bagit.txt"])

    long_line = ("External-Description: " + "y" * (1 << 20) + "\n").encode()
    files = request_bag()
    files["bag-info.txt"] = files["bag-info.txt"] + long_line
    bag_case("bag-info-1mib-line", "a 1 MiB bag-info.txt line", refresh_tags(files), 0, ["valid"], seconds=30)

    files = request_bag()
    files["manifest-sha512.txt"] = b"\x00" * 100_000
    bag_case("bag-manifest-nul", "a manifest of 100,000 NUL bytes", refresh_tags(files), 1, ["manifest-sha512.txt"])

    files = request_bag(extra_tag_files={"fetch.txt": b"https://evil.example/payload 10 data/payload.bin\n"})
    folder = bag_case("bag-fetch", "fetch.txt asks for a download (never fetched)", files, 1, ["FS-BAG-008", "fetch.txt"])
    CASES[-1]["args"] = ["validate", "--level", "recommended", "{case}/bag"]
    del folder


def refresh_tags(files):
    """Recomputes tagmanifest-sha512.txt after a tag file was edited."""
    tags = [(name, files[name]) for name in sorted(files) if not name.startswith("data/")
            and name != "tagmanifest-sha512.txt"]
    files = dict(files)
    files["tagmanifest-sha512.txt"] = make_bags.manifest_text(tags)
    return files


# ---------------------------------------------------------------------------------------------------
# Keys, certificates and signatures


def encrypted_ssh_key(rounds=None, truncate=False):
    """Fixtures/signing/ssh-encrypted (openssh-key-v1, bcrypt, aes256-ctr) rebuilt with its bcrypt rounds replaced
    or its encrypted private section cut in half (the length field unchanged)."""
    with open(os.path.join(FIXTURES, "signing", "ssh-encrypted"), encoding="utf-8") as handle:
        body = "".join(line for line in handle.read().splitlines() if not line.startswith("-----"))
    data = base64.b64decode(body)
    position = 15

    def string():
        nonlocal position
        length = struct.unpack(">I", data[position:position + 4])[0]
        value = data[position + 4:position + 4 + length]
        position += 4 + length
        return value

    def pack(value):
        return struct.pack(">I", len(value)) + value

    cipher, kdf, options = string(), string(), string()
    count = data[position:position + 4]
    position += 4
    public, sealed = string(), string()
    if rounds is not None:
        salt = options[4:4 + struct.unpack(">I", options[:4])[0]]
        options = pack(salt) + struct.pack(">I", rounds)
    rebuilt = data[:15] + pack(cipher) + pack(kdf) + pack(options) + count + pack(public)
    rebuilt += struct.pack(">I", len(sealed)) + sealed[:len(sealed) // 2] if truncate else pack(sealed)
    encoded = base64.b64encode(rebuilt).decode()
    lines = [encoded[i:i + 70] for i in range(0, len(encoded), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----\n"


def signing_cases():
    garbage_pem = ("-----BEGIN CERTIFICATE-----\n" + "QUJD" * 30 + "\n!!!!\n-----END CERTIFICATE-----\n")
    garbage_key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
    garbage_ssh = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA////\n-----END OPENSSH PRIVATE KEY-----\n"

    def signing_case(name, what, args, exit, contains, extra):
        folder = case(name, what, args, exit, contains, writes=None)
        make_bags.write_folder(os.path.join(folder, "bag"), request_bag())
        for relative, content in extra.items():
            write(folder, relative, content)

    signing_case("sign-garbage-certificate", "--cert is PEM armour around garbage",
                 ["sign", "{case}/bag", "--key", "{case}/key.pem", "--cert", "{case}/cert.pem"], 64,
                 ["cert.pem", "not a PEM certificate"], {"key.pem": TEST_KEY, "cert.pem": garbage_pem})
    signing_case("sign-garbage-key", "--key is PEM armour around a truncated key",
                 ["sign", "{case}/bag", "--key", "{case}/key.pem", "--cert", "{case}/cert.pem"], 64,
                 ["key.pem", "not a readable PEM private key"], {"key.pem": garbage_key, "cert.pem": garbage_pem})
    signing_case("sign-binary-key", "--key is 4 KiB of binary garbage",
                 ["sign", "{case}/bag", "--key", "{case}/key.pem", "--cert", "{case}/cert.pem"], 64,
                 ["key.pem"], {"key.pem": bytes(range(256)) * 16, "cert.pem": garbage_pem})
    signing_case("sign-garbage-ssh-key", "--ssh-key has an OpenSSH header and a truncated body",
                 ["sign", "{case}/bag", "--ssh-key", "{case}/id"], 64, ["id"], {"id": garbage_ssh})
    # Passphrase-protected keys rebuilt from Fixtures/signing/ssh-encrypted with one field made hostile: refused
    # before any passphrase is asked for or any bcrypt round is spent.
    signing_case("sign-ssh-key-bcrypt-rounds-huge", "--ssh-key is an encrypted key asking for 2^32-1 bcrypt rounds",
                 ["sign", "{case}/bag", "--ssh-key", "{case}/id"], 64, ["id", "4294967295 bcrypt rounds", "1 to 1024"],
                 {"id": encrypted_ssh_key(rounds=0xFFFFFFFF)})
    signing_case("sign-ssh-key-encrypted-truncated", "--ssh-key is an encrypted key whose private section is cut in half",
                 ["sign", "{case}/bag", "--ssh-key", "{case}/id"], 64, ["id", "the OpenSSH private key is truncated"],
                 {"id": encrypted_ssh_key(truncate=True)})
    # Found by make fuzz: a certificate whose RSA key BoringSSL refuses; swift-crypto 3.12.3 then freed the key
    # twice (heap corruption while reading a trust file or a CMS signature's certificates).
    with open(os.path.join(FIXTURES, "fuzz", "signature", "rsa-key-double-free-in-swift-crypto-3.12.3"), "rb") as handle:
        bad_rsa = handle.read()[2:]
    signing_case("verify-trust-malformed-rsa-key", "--trust holds a certificate whose RSA key cannot be parsed",
                 ["sign", "--verify", "{case}/bag", "--trust", "{case}/roots.pem"], 64,
                 ["roots.pem", "a key in it is malformed"], {"roots.pem": bad_rsa})
    signing_case("verify-garbage-trust", "--trust is garbage PEM",
                 ["sign", "--verify", "{case}/bag", "--trust", "{case}/roots.pem"], 64, ["roots.pem"],
                 {"roots.pem": garbage_pem})
    signing_case("verify-garbage-allowed-signers", "--allowed-signers is binary garbage",
                 ["sign", "--verify", "{case}/bag", "--allowed-signers", "{case}/allowed"], 64, ["allowed"],
                 {"allowed": bytes(range(256)) * 4})

    folder = case("verify-garbage-signatures", "signature files of garbage in the bag (.p7s and .sig)",
                  ["validate", "{case}/bag"], 1, ["signatures/1-cms-garbage.p7s", "signatures/2-ssh-garbage.sig"])
    extra = {"signatures/1-cms-garbage.p7s": bytes(range(256)) * 8,
             "signatures/2-ssh-garbage.sig": b"-----BEGIN SSH SIGNATURE-----\nU1NIU0lH////\n-----END SSH SIGNATURE-----\n"}
    make_bags.write_folder(os.path.join(folder, "bag"), request_bag(extra_tag_files=extra))


# ---------------------------------------------------------------------------------------------------
# Secrets


def secret_cases():
    token = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
    password = "correct-horse-battery-staple-42"
    input_password = "hutch-db-password-example"
    crate_metadata = json.loads(METADATA)
    for entity in crate_metadata["@graph"]:
        if entity["@id"] == "./":
            entity["password"] = password
            entity["accessToken"] = token
        if entity.get("@type") == "CreateAction":
            # An input like the official Hutch example's #input_db_password.
            entity["object"] = (entity["object"] if isinstance(entity["object"], list) else [entity["object"]]) \
                + [{"@id": "#input_db_password"}]
    crate_metadata["@graph"].append({"@id": "#input_db_password", "@type": "PropertyValue", "name": "db_password",
                                     "value": input_password})
    # Credential named only by its @id (its name is harmless).
    id_named = "only-the-id-says-password-42"
    crate_metadata["@graph"].append({"@id": "#api_token", "@type": "PropertyValue", "name": "Service", "value": id_named})
    for entity in crate_metadata["@graph"]:
        if entity.get("@type") == "CreateAction":
            entity["object"].append({"@id": "#api_token"})
    for command, args in (("validate", ["validate", "--level", "recommended", "--format", "json", "{case}/crate"]),
                          ("validate-text", ["validate", "--level", "optional", "{case}/crate"]),
                          ("inspect", ["inspect", "{case}/crate"]),
                          ("inspect-json", ["inspect", "--format", "json", "{case}/crate"]),
                          ("inspect-html", ["inspect", "--format", "html", "{case}/crate"]),
                          ("provenance-show", ["provenance", "show", "{case}/crate"]),
                          ("provenance-export", ["provenance", "export", "--format", "turtle", "{case}/crate"])):
        folder = case(f"secrets-{command}", f"{command} on a crate with a password and a GitHub token",
                      args, 1 if command.startswith("validate") else 0,
                      ["5S-SEC-07"] if command.startswith("validate") else [], absent=[password, token, input_password, id_named])
        write(folder, "crate/ro-crate-metadata.json", json.dumps(crate_metadata, indent=2))
        write(folder, "crate/input1.txt", REQUEST["data/input1.txt"])


DISCLOSURE_CRATE = os.path.join(FIXTURES, "disclosure", "result-crate")


def disclosure_crate(folder):
    """A copy of the bundled result crate (Fixtures/disclosure/result-crate) in `folder`/crate."""
    shutil.copytree(DISCLOSURE_CRATE, os.path.join(folder, "crate"))
    return os.path.join(folder, "crate")


def disclosure_cases():
    """Hostile output tables for `disclosure check` and a hostile ACRO folder for `disclosure import`: each a located
    finding (the output needs review) or a clear refusal, in bounded time and memory, never a crash."""
    check = ["disclosure", "check", "{case}/crate"]
    tables = [
        ("disclosure-unclosed-quote", "a 1 MB table whose first quote never closes",
         b"region,count\n\"North," + b"x" * (1 << 20), ["SDC-READ"]),
        ("disclosure-endless-row", "a 9 MiB row without a line break (rows are capped at 8 MiB)",
         b"region,count\n" + b"1," * (9 << 19), ["SDC-READ"]),
        ("disclosure-wide-header", "a header of 200,000 columns (tables are capped at 100,000 fields a row)",
         b",".join(b"c%d" % index for index in range(200_000)) + b"\n", ["SDC-READ"]),
        ("disclosure-binary-table", "a .csv of NUL bytes, invalid UTF-8 and stray quotes",
         b"region,count\n" + bytes(range(256)) * 4096 + b"\n\"\xff\xfe,\x00\n", ["outputs/admissions.csv"]),
    ]
    for name, what, content, contains in tables:
        folder = case(name, what, check, 1, contains, seconds=60, memory_mib=1024)
        write(disclosure_crate(folder), "outputs/admissions.csv", content)
    folder = case("disclosure-output-symlink", "an output that is a symbolic link to a file outside the crate", check, 1,
                  ["SDC-READ", "outputs/leak.csv"], absent=["secret-outside-the-crate"])
    crate = disclosure_crate(folder)
    write(folder, "outside.csv", "region,count\nsecret-outside-the-crate,3\n")
    os.symlink("../../outside.csv", os.path.join(crate, "outputs", "leak.csv"))
    folder = case("disclosure-acro-wrong-shape", "an ACRO results.json whose outputs are numbers and whose checksums are missing",
                  ["disclosure", "import", "{case}/acro", "{case}/crate", "--dry-run"], 2, ["results.json"])
    disclosure_crate(folder)
    write(folder, "acro/results.json", json.dumps({"version": "0.4.x", "results": {"output_0": 7, "output_1": [None]}}))
    write(folder, "acro/config.json", "{}")
    folder = case("disclosure-policy-alias-bomb", "a policy YAML whose aliases expand to 10^10 values",
                  ["disclosure", "check", "--policy", "{case}/policy.yaml", "{case}/crate"], 64, ["policy.yaml"], seconds=20)
    disclosure_crate(folder)
    # The anchors sit inside a key the policy knows, so the value is read, not refused as an unknown key.
    bomb = ["threshold: 10", "count_columns:", "  - &a [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 10):
        bomb.append("  - &%s [%s]" % (chr(97 + level), ", ".join("*" + chr(96 + level) for _ in range(10))))
    write(folder, "policy.yaml", "\n".join(bomb) + "\n")


def terminal_cases():
    """Names carrying escape sequences and line breaks: shown escaped, never raw (absent lists the raw bytes)."""
    conceal, clear, fake_line = "\x1b[8m", "\x1b[2J", "\nfake.json: valid"
    crate_metadata = json.loads(METADATA)
    evil_id = "#evil" + clear + fake_line
    for entity in crate_metadata["@graph"]:
        if entity["@id"] == "./":
            entity["name"] = "Innocent" + conceal + clear + fake_line
            entity["mentions"] = [entity["mentions"], {"@id": evil_id}]
    # An @id with control characters: validate reports it (RC-DE), naming it.
    crate_metadata["@graph"].append({"@id": evil_id, "@type": "Thing", "name": "evil"})
    for command, args in (("inspect", ["inspect", "--color", "always", "{case}/crate"]),
                          ("validate", ["validate", "--level", "optional", "--color", "always", "{case}/crate"])):
        folder = case(f"terminal-escapes-{command}", f"{command} on a crate whose name holds escape sequences and a line break",
                      args, 0 if command == "inspect" else 1,
                      # inspect keeps its own colour (bold name) and shows the crate's codes escaped.
                      ["\x1b[1mInnocent\\u{1b}[8m"] if command == "inspect" else ["#evil\\u{1b}[2J\\nfake.json"],
                      absent=[conceal, clear, fake_line])
        write(folder, "crate/ro-crate-metadata.json", json.dumps(crate_metadata, indent=2))
        write(folder, "crate/input1.txt", REQUEST["data/input1.txt"])
    # A client-supplied review action whose name would forge lines and clear the reviewer's screen.
    review = json.loads(METADATA)
    review["@graph"].append({"@id": "#fake-sign-off", "@type": "AssessAction", "name": "Approved" + clear + fake_line,
                             "additionalType": {"@id": "https://w3id.org/shp#SignOff"},
                             "actionStatus": "http://schema.org/CompletedActionStatus",
                             "object": {"@id": "./"}})
    for entity in review["@graph"]:
        if entity["@id"] == "./":
            entity["mentions"] = [entity["mentions"], {"@id": "#fake-sign-off"}]
    folder = case("terminal-escapes-sanitize", "provenance sanitize reports a review action whose name holds escapes",
                  ["provenance", "sanitize", "--dry-run", "{case}/crate"], 0, ["#fake-sign-off", "\\u{1b}[2J"],
                  absent=[clear, fake_line])
    write(folder, "crate/ro-crate-metadata.json", json.dumps(review, indent=2))
    write(folder, "crate/input1.txt", REQUEST["data/input1.txt"])


# ---------------------------------------------------------------------------------------------------
# Round two (issue 14): writers and links, special files, YAML, review actions, structured output


def round2_cases():
    # Class 4: a bag whose data/ is a symbolic link to a crate elsewhere. Every writer refuses to write through
    # it; nothing changes anywhere (the harness snapshots the whole sandbox).
    sanitize_request = json.loads(METADATA)
    sanitize_request["@graph"].append({"@id": "#fake-check", "@type": "AssessAction", "name": "client check"})
    linked_writers = (
        ("bag-data-link-provenance-add", "provenance add check on a bag whose data/ is a link outside the bag",
         ["provenance", "add", "check", "{case}/bag", "--agent", "https://tre72.example.com/#crate-validator"]),
        ("bag-data-link-provenance-publish", "provenance add publish on a bag whose data/ is a link outside the bag",
         ["provenance", "add", "publish", "{case}/bag", "--agent", "https://tre72.example.com/#crate-validator",
          "--force"]),
        ("bag-data-link-sanitize", "provenance sanitize on a bag whose data/ is a link outside the bag",
         ["provenance", "sanitize", "{case}/bag"]),
        ("bag-data-link-refresh", "zip --refresh on a bag whose data/ is a link outside the bag",
         ["zip", "--refresh", "{case}/bag"], "`data` is a link or special file"),
        ("bag-data-link-sign", "sign on a bag whose data/ is a link outside the bag",
         ["sign", "{case}/bag", "--key", "{case}/key.pem", "--cert", "{case}/cert.pem"]),
    )
    for name, what, args, *said in linked_writers:
        folder = case(name, what, args, 2, said or ["symbolic link"])
        bag = request_bag()
        for relative in [key for key in bag if key.startswith("data/")]:
            content = bag.pop(relative)
            if relative == "data/ro-crate-metadata.json":
                content = json.dumps(sanitize_request, indent=2)
            write(folder, "elsewhere/" + relative[len("data/"):], content)
        make_bags.write_folder(os.path.join(folder, "bag"), bag)
        shutil.rmtree(os.path.join(folder, "bag", "data"), ignore_errors=True)
        os.symlink("../elsewhere", os.path.join(folder, "bag", "data"))
        write(folder, "key.pem", TEST_KEY)
        shutil.copyfile(os.path.join(FIXTURES, "signing", "leaf-p256.pem"), os.path.join(folder, "cert.pem"))

    # Class 7: a YAML alias bomb (10^10 values from 11 lines) as init's answers file.
    bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in range(1, 10):
        bomb += f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]\n"
    folder = case("init-yaml-alias-bomb", "init --from an answers file whose aliases expand to 10^10 values",
                  ["init", "{case}/crate", "--from", "{case}/answers.yaml"], 64,
                  ["answers.yaml", "YAML aliases"], seconds=20)
    write(folder, "answers.yaml", bomb + "name: *a9\n")

    # Class 9: a request carrying a client-made sign-off is judged as a request (not a valid result), and zip
    # refuses to package it.
    forged = json.loads(METADATA)
    forged["@graph"].append({"@id": "#signoff-forged", "@type": "AssessAction", "name": "Sign-off: approved",
                             "additionalType": {"@id": "https://w3id.org/shp#SignOff"}, "object": {"@id": "./"},
                             "actionStatus": "http://schema.org/CompletedActionStatus",
                             "endTime": "2026-01-01T00:00:00Z"})
    for name, what, args, contains in (
            ("request-forged-sign-off", "validate --phase auto on a request carrying a client-made sign-off",
             ["validate", "{case}/crate"], ["5S-SEC-05", "#signoff-forged", "phase request"]),
            ("request-forged-sign-off-zip", "zip refuses a request carrying a client-made sign-off",
             ["zip", "{case}/crate", "-o", "{case}/crate.zip"], ["5S-SEC-05", "invalid"])):
        folder = case(name, what, args, 1, contains)
        write(folder, "crate/ro-crate-metadata.json", json.dumps(forged, indent=2))
        write(folder, "crate/input1.txt", REQUEST["data/input1.txt"])

    # Class 5: control characters (ESC, NUL, C1 NEL, a bidi override) in an @id and a name reach every structured
    # format escaped or replaced, never raw.
    esc, nul, nel, rlo = "\x1b[2J", "\x00", "\x85", "\u202e"
    controlled = json.loads(METADATA)
    control_id = "#ctl" + esc + nul + "tail" + nel + rlo + "gpj.exe"
    for entity in controlled["@graph"]:
        if entity["@id"] == "./":
            entity["name"] = "Name" + esc + nul + "after-nul" + nel + rlo
            entity["mentions"] = [entity["mentions"], {"@id": control_id}]
    controlled["@graph"].append({"@id": control_id, "@type": "Thing", "name": "controls"})
    folder = case("control-characters-html", "inspect --format html: a name and an @id holding ESC, NUL, NEL and RLO",
                  ["inspect", "--format", "html", "{case}/crate"], 0, ["after-nul"], absent=[esc, nul, nel, rlo])
    write(folder, "crate/ro-crate-metadata.json", json.dumps(controlled, indent=2))
    write(folder, "crate/input1.txt", REQUEST["data/input1.txt"])
    for fmt in ("github", "json", "sarif", "junit", "text"):
        folder = case(f"control-characters-{fmt}", f"validate --format {fmt}: an @id holding ESC, NUL, NEL and RLO",
                      ["validate", "--level", "optional", "--format", fmt, "{case}/crate"], 1,
                      ["ctl"], absent=[esc, nul, nel, rlo])
        write(folder, "crate/ro-crate-metadata.json", json.dumps(controlled, indent=2))
        write(folder, "crate/input1.txt", REQUEST["data/input1.txt"])

    # Class 10: review actions spelled so that provenance show counts them but the old sanitize missed them.
    spelled = json.loads(METADATA)
    spelled["@graph"] += [
        {"@id": "#plain-type-sign-off", "type": "AssessAction", "name": "signed off",
         "additionalType": {"@id": "https://w3id.org/shp#SignOff"}},
        {"@id": "#untyped-check", "name": "check", "additionalType": {"@id": "https://w3id.org/shp#CheckValue"}},
        {"@id": "#string-phase", "@type": "UpdateAction", "name": "publish",
         "additionalType": "https://w3id.org/shp#GenerateCheckValue"},
    ]
    folder = case("sanitize-review-action-spellings",
                  "provenance sanitize lists review actions typed with `type`, only an additionalType, or a string phase",
                  ["provenance", "sanitize", "--dry-run", "{case}/crate"], 0,
                  ["#plain-type-sign-off", "#untyped-check", "#string-phase"])
    write(folder, "crate/ro-crate-metadata.json", json.dumps(spelled, indent=2))
    write(folder, "crate/input1.txt", REQUEST["data/input1.txt"])


def federate_cases():
    """`fivesafes federate` over hostile node crates: refused before anything is written, naming the node."""
    with open(os.path.join(FIXTURES, "crates", "valid", "record-1.0-snapshot", "ro-crate-metadata.json"), "rb") as handle:
        snapshot = handle.read()

    def federate(name, what, nodes, exit, contains):
        return case(name, what, ["federate"] + ["{case}/" + node for node in nodes] + ["-o", "record"], exit, contains,
                    writes="record")

    folder = federate("federate-node-zip-dotdot", "a node ZIP with an entry request/../../escaped.txt", ["node.zip"], 2,
                      ["node.zip: refused as a node crate", "FS-ZIP-001", "escaped.txt"])
    make_bags.write_zip(os.path.join(folder, "node.zip"),
                        bag_zip_entries() + [(make_bags.zip_info("request/../../escaped.txt"), b"x")])
    folder = federate("federate-node-malformed-json", "a node whose metadata is cut off mid-array", ["node"], 2,
                      ["node: refused as a node crate", "RC-MD-02", "ro-crate-metadata.json:11:7"])
    write(folder, "node/ro-crate-metadata.json", snapshot[:200])
    folder = federate("federate-node-not-a-crate", "a node folder without ro-crate-metadata.json", ["node"], 2,
                      ["node: refused as a node crate", "no ro-crate-metadata.json"])
    write(folder, "node/notes.txt", "not a crate\n")
    folder = federate("federate-node-metadata-symlink", "a node whose ro-crate-metadata.json links outside it",
                      ["node"], 2, ["node: refused as a node crate", "symbolic link"])
    write(folder, "secret.txt", "not for the record\n")
    os.makedirs(os.path.join(folder, "node"))
    os.symlink("../secret.txt", os.path.join(folder, "node", "ro-crate-metadata.json"))
    folder = federate("federate-duplicate-identifiers", "two node crates with the same canonical identifier",
                      ["a", "b"], 2, ["b: has the same identifier https://tre72.example.org/activities/A123/versions/2"])
    write(folder, "a/ro-crate-metadata.json", snapshot)
    write(folder, "b/ro-crate-metadata.json", snapshot)
    folder = federate("federate-same-node-twice", "one node crate named twice", ["a", "a/"], 64, ["is given twice"])
    write(folder, "a/ro-crate-metadata.json", snapshot)


def main():
    large = "--large" in sys.argv[1:]
    if not large or not os.path.exists(os.path.join(HOSTILE, "cases.json")):
        for folder in os.listdir(HOSTILE) if os.path.isdir(HOSTILE) else []:
            if os.path.isdir(os.path.join(HOSTILE, folder)):
                shutil.rmtree(os.path.join(HOSTILE, folder))
        json_cases()
        folder_cases()
        zip_cases()
        zip_round2_cases()
        round2_cases()
        bag_cases()
        signing_cases()
        secret_cases()
        terminal_cases()
        disclosure_cases()
        federate_cases()
        manifest = {"_comment": "Written by Fixtures/scripts/make_hostile.py; run by HostileInputTests. args use "
                                "{case} for a copy of the case folder; a case's FROM names a fixture under Fixtures/ "
                                "copied in as crate.zip.",
                    "cases": CASES}
        with open(os.path.join(HOSTILE, "cases.json"), "w", encoding="utf-8") as handle:
            json.dump(manifest, handle, indent=2, ensure_ascii=False)
            handle.write("\n")
    if large:
        large_files()
    print(f"{len(CASES) or 'kept'} hostile cases in {os.path.relpath(HOSTILE)}" + (" (with large files)" if large else ""))


if __name__ == "__main__":
    main()
