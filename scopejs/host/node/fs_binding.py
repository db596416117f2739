"""fs's native half (CLI capability "fs"): synchronous file calls with node's error objects.
lib/fs.js builds readFileSync/writeFileSync/... and fs/promises on these."""
from __future__ import annotations

import errno as errno_mod
import os
import shutil
import stat as stat_mod

from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.values import UNDEFINED
from scopejs.source.text import to_code_units

_DESCRIPTIONS = {
    "ENOENT": "no such file or directory", "EEXIST": "file already exists",
    "EISDIR": "illegal operation on a directory", "ENOTDIR": "not a directory",
    "EACCES": "permission denied", "ENOTEMPTY": "directory not empty",
    "EPERM": "operation not permitted",
}


def fs_error(realm, exc, syscall, path, dest=None):
    code = errno_mod.errorcode.get(exc.errno, "EIO")
    desc = _DESCRIPTIONS.get(code, (exc.strerror or "").lower())
    where = f"'{path}'" + (f" -> '{dest}'" if dest is not None else "")
    err = realm.new_error("Error", to_code_units(f"{code}: {desc}, {syscall} {where}"))
    err.define_own_value("errno", float(-exc.errno) if exc.errno else -5.0)
    err.define_own_value("code", code)
    err.define_own_value("syscall", syscall)
    err.define_own_value("path", to_code_units(path))
    if dest is not None:
        err.define_own_value("dest", to_code_units(dest))
    return err


def install_fs_binding(realm, binding, fn, js_list, js_obj, text):
    def call(syscall, path, thunk, dest=None):
        try:
            return thunk()
        except OSError as exc:
            raise ThrowCompletion(fs_error(realm, exc, syscall, path, dest)) from None

    @fn("readFile", 2)
    def read_file(realm_, this, path=UNDEFINED, encoding=UNDEFINED):
        p = text(path)

        def read():
            with open(p, "rb") as fh:
                return fh.read()
        data = call("open", p, read)
        if encoding == "utf8":
            return to_code_units(data.decode("utf-8", "replace"))
        return data.decode("latin-1")   # one code unit per byte: Buffer.from(s, 'latin1')

    @fn("writeFile", 3)
    def write_file(realm_, this, path=UNDEFINED, data=UNDEFINED, flag=UNDEFINED):
        p = text(path)
        mode = "ab" if flag == "a" else "wb"

        def write():
            with open(p, mode) as fh:
                fh.write(data.encode("latin-1", "replace"))
        call("open", p, write)
        return UNDEFINED

    @fn("exists", 1)
    def exists(realm_, this, path=UNDEFINED):
        return path.__class__ is str and os.path.exists(text(path))

    @fn("access", 1)
    def access(realm_, this, path=UNDEFINED):
        p = text(path)
        call("access", p, lambda: os.stat(p))
        return UNDEFINED

    @fn("stat", 2)
    def stat(realm_, this, path=UNDEFINED, follow=UNDEFINED):
        p = text(path)
        st = call("lstat" if follow is False else "stat", p,
                  lambda: os.stat(p, follow_symlinks=follow is not False))
        m = st.st_mode
        return js_obj([
            ("dev", float(st.st_dev)), ("mode", float(m)), ("nlink", float(st.st_nlink)),
            ("uid", float(st.st_uid)), ("gid", float(st.st_gid)), ("rdev", float(st.st_rdev)),
            ("blksize", float(getattr(st, "st_blksize", 4096))), ("ino", float(st.st_ino)),
            ("size", float(st.st_size)), ("blocks", float(getattr(st, "st_blocks", 0))),
            ("atimeMs", st.st_atime_ns / 1e6), ("mtimeMs", st.st_mtime_ns / 1e6),
            ("ctimeMs", st.st_ctime_ns / 1e6), ("birthtimeMs", st.st_ctime_ns / 1e6),
            ("isFile", stat_mod.S_ISREG(m)), ("isDirectory", stat_mod.S_ISDIR(m)),
            ("isSymbolicLink", stat_mod.S_ISLNK(m)),
        ])

    @fn("readdir", 1)
    def readdir(realm_, this, path=UNDEFINED):
        p = text(path)
        entries = call("scandir", p, lambda: sorted(os.scandir(p), key=lambda e: e.name))
        return js_list(js_list([to_code_units(e.name), e.is_dir(follow_symlinks=False),
                                e.is_symlink()]) for e in entries)

    @fn("mkdir", 2)
    def mkdir(realm_, this, path=UNDEFINED, recursive=UNDEFINED):
        p = text(path)
        if recursive is True:
            first = None
            probe = os.path.abspath(p)
            while not os.path.exists(probe):
                first = probe
                probe = os.path.dirname(probe)
            call("mkdir", p, lambda: os.makedirs(p, exist_ok=True))
            return UNDEFINED if first is None else to_code_units(first)
        call("mkdir", p, lambda: os.mkdir(p))
        return UNDEFINED

    @fn("unlink", 1)
    def unlink(realm_, this, path=UNDEFINED):
        p = text(path)
        call("unlink", p, lambda: os.unlink(p))
        return UNDEFINED

    @fn("rmdir", 1)
    def rmdir(realm_, this, path=UNDEFINED):
        p = text(path)
        call("rmdir", p, lambda: os.rmdir(p))
        return UNDEFINED

    @fn("rm", 3)
    def rm(realm_, this, path=UNDEFINED, recursive=UNDEFINED, force=UNDEFINED):
        p = text(path)
        if force is True and not os.path.lexists(p):
            return UNDEFINED
        if os.path.isdir(p) and not os.path.islink(p):
            if recursive is not True:
                raise ThrowCompletion(fs_error(realm, IsADirectoryError(
                    errno_mod.EISDIR, "is a directory"), "rm", p))
            call("rm", p, lambda: shutil.rmtree(p))
        else:
            call("rm", p, lambda: os.unlink(p))
        return UNDEFINED

    @fn("rename", 2)
    def rename(realm_, this, src=UNDEFINED, dst=UNDEFINED):
        a, b = text(src), text(dst)
        call("rename", a, lambda: os.rename(a, b), b)
        return UNDEFINED

    @fn("copyFile", 2)
    def copy_file(realm_, this, src=UNDEFINED, dst=UNDEFINED):
        a, b = text(src), text(dst)
        call("copyfile", a, lambda: shutil.copyfile(a, b), b)
        return UNDEFINED

    @fn("realpath", 1)
    def realpath(realm_, this, path=UNDEFINED):
        p = text(path)
        call("realpath", p, lambda: os.stat(p))
        return to_code_units(os.path.realpath(p))

    @fn("mkdtemp", 1)
    def mkdtemp(realm_, this, prefix=UNDEFINED):
        import tempfile
        p = text(prefix)
        return to_code_units(call("mkdtemp", p + "XXXXXX", lambda: tempfile.mkdtemp(
            prefix=os.path.basename(p), dir=os.path.dirname(p) or ".")))
