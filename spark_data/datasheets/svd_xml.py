"""Safe XML for CMSIS-SVD: lxml with entities, DTD loading, network and huge trees off.

`parse_xml(data)` returns the <device> root or raises `SvdError` with the reason: malformed
XML, a DTD that declares entities (external entities, entity-expansion bombs: refused before
the parser sees the bytes, never resolved or expanded), an external DTD reference, or a root
that is not <device>. A namespaced file has its tags stripped so lookups by tag work.

    root = parse_xml(Path("STM32F411.svd").read_bytes())
"""

from __future__ import annotations

import re

from lxml import etree


class SvdError(ValueError):
    """A file that cannot be read as an SVD: the message is the recorded reason."""


def _parser() -> etree.XMLParser:
    # Entities are never substituted, no DTD or network access, libxml2's size limits on.
    opts = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.XMLParser(**opts, remove_comments=True, remove_pis=True)


_ENTITY_DECL = re.compile(rb"<!ENTITY\s+(%\s+)?([\w.:-]+)\s+(SYSTEM|PUBLIC)?")


def _entity_reason(data: bytes) -> str:
    decls = _ENTITY_DECL.findall(data[:1_000_000])
    external = [d[1].decode(errors="replace") for d in decls if d[2]]
    if external:
        return f"external entity {external[0]!r} declared in the DTD: refused, never resolved"
    names = ", ".join(repr(d[1].decode(errors="replace")) for d in decls[:3])
    return (
        f"{len(decls)} DTD entity declaration(s) ({names}): refused, never expanded "
        "(entity-expansion bombs)"
    )


def parse_xml(data: bytes) -> etree._Element:
    """The <device> root of SVD bytes, refusing DTD entities and external DTDs (SvdError)."""
    # Checked before the parser sees the bytes: a declared entity is never handed on.
    if b"<!ENTITY" in data:
        raise SvdError(_entity_reason(data))
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as e:
        raise SvdError(f"malformed XML: {e.msg}") from None
    info = root.getroottree().docinfo
    dtd = info.internalDTD
    if dtd is not None and list(dtd.iterentities()):  # e.g. UTF-16 text the byte scan missed
        raise SvdError("DTD entity declarations are not allowed (never resolved or expanded)")
    if info.system_url or info.public_id:
        raise SvdError(f"external DTD reference {info.system_url!r} is not allowed (not loaded)")
    if not isinstance(root.tag, str) or etree.QName(root).localname != "device":
        raise SvdError(f"not a CMSIS-SVD file: the root element is <{root.tag}>, not <device>")
    if etree.QName(root).namespace is not None:  # rare; strip so lookups by tag work
        for el in root.iter():
            if isinstance(el.tag, str):
                el.tag = etree.QName(el).localname
    return root
