"""``python -m civic_extract PATH...``: the command line."""

import sys

from .cli import main

sys.exit(main())
