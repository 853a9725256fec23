"""The local web page (``jargonfree serve``): paste a post, see what to fix, copy the plain
version, suggest a term. Needs the ``web`` extra (``pip install 'jargonfree[web]'``).

* :mod:`jargonfree.web.app`: the Starlette application, its page and its JSON API;
* :mod:`jargonfree.web.suggest`: the "suggest a term" form, checked by the glossary validator;
* :mod:`jargonfree.web.server`: listening on a socket with uvicorn (loopback by default).

Nothing here is imported by the rest of the package, so the command line starts without it.
"""
