"""One module per entity kind; each reads the parsed ``Doc`` and returns candidates."""
