"""Makes altered copies of a bundle for the loader's refusal tests.

usage: tamper.py BUNDLE OUT MODE [ARGS...]

Modes:
  flip-guard            flip one byte in the middle of cpu/guard.so
  manifest KEY JSON     set a manifest field (KEY = JSON value)
  artefact KEY JSON     set a field of cpu/guard.so's entry in `artefacts`
  duplicate-key         repeat the key `policy` in manifest.json
  drop MEMBER           leave a member out
  add NAME              add a regular member NAME (`../x`, `/x`, a name
                        already there)
  add-dir NAME          add a folder member
  add-symlink NAME      add a symbolic link member
  swap-guard SO         replace cpu/guard.so by SO, its size and SHA-256 in
                        the manifest updated to match
  pax                   rewrite in the pax format, with extended headers
  truncate-half         keep the first half of the file
  truncate-end          drop the end-of-archive blocks
  bad-checksum          damage the first header's checksum
  huge                  append a member whose header claims 600 MiB
"""
import hashlib
import io
import json
import sys
import tarfile


def read(path):
    with tarfile.open(path) as tar:
        return [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()]


def info(name, size=0, kind=tarfile.REGTYPE):
    i = tarfile.TarInfo(name)
    i.size, i.type, i.mode, i.mtime = size, kind, 0o644, 1700000000
    return i


def write(path, members, fmt=tarfile.USTAR_FORMAT, extra=()):
    with tarfile.open(path, "w", format=fmt) as tar:
        for name, data in members:
            i = info(name, len(data))
            if fmt == tarfile.PAX_FORMAT:
                i.pax_headers = {"comment": "rewritten with pax headers"}
            tar.addfile(i, io.BytesIO(data))
        for i in extra:
            tar.addfile(i)


def edit_manifest(members, change):
    out = []
    for name, data in members:
        if name == "manifest.json":
            manifest = json.loads(data)
            change(manifest)
            data = json.dumps(manifest, indent=2).encode()
        out.append((name, data))
    return out


def main():
    source, target, mode, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    members = read(source)
    raw = open(source, "rb").read()
    if mode == "flip-guard":
        out = []
        for name, data in members:
            if name == "cpu/guard.so":
                middle = len(data) // 2
                data = data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1:]
            out.append((name, data))
        write(target, out)
    elif mode == "manifest":
        write(target, edit_manifest(members, lambda m: m.__setitem__(args[0], json.loads(args[1]))))
    elif mode == "artefact":
        write(target, edit_manifest(
            members, lambda m: m["artefacts"]["cpu/guard.so"].__setitem__(args[0], json.loads(args[1]))))
    elif mode == "duplicate-key":
        write(target, [(n, d.replace(b"{", b'{\n  "policy": "other",', 1) if n == "manifest.json" else d)
                       for n, d in members])
    elif mode == "drop":
        write(target, [(n, d) for n, d in members if n != args[0]])
    elif mode == "add":
        write(target, members + [(args[0], b"x\n")])
    elif mode == "add-dir":
        write(target, members, extra=[info(args[0], kind=tarfile.DIRTYPE)])
    elif mode == "add-symlink":
        link = info(args[0], kind=tarfile.SYMTYPE)
        link.linkname = "cpu/guard.so"
        write(target, members, extra=[link])
    elif mode == "swap-guard":
        guard = open(args[0], "rb").read()

        def swap(m):
            m["artefacts"]["cpu/guard.so"].update(sha256=hashlib.sha256(guard).hexdigest(), size=len(guard))
        write(target, [(n, guard if n == "cpu/guard.so" else d) for n, d in edit_manifest(members, swap)])
    elif mode == "pax":
        write(target, members, fmt=tarfile.PAX_FORMAT)
    elif mode == "truncate-half":
        open(target, "wb").write(raw[:len(raw) // 2])
    elif mode == "truncate-end":
        end = len(raw)
        while end >= 512 and raw[end - 512:end] == bytes(512):
            end -= 512
        open(target, "wb").write(raw[:end])
    elif mode == "bad-checksum":
        damaged = bytearray(raw)
        damaged[148] = ord("7") if damaged[148] != ord("7") else ord("6")
        open(target, "wb").write(bytes(damaged))
    elif mode == "huge":
        header = info("big.bin", 600 << 20).tobuf(tarfile.USTAR_FORMAT)
        end = len(raw)
        while end >= 512 and raw[end - 512:end] == bytes(512):
            end -= 512
        open(target, "wb").write(raw[:end] + header + bytes(1024))
    else:
        sys.exit("unknown mode " + mode)


if __name__ == "__main__":
    main()
