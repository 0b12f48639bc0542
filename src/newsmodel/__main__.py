"""``python -m newsmodel`` runs the command line."""

import sys

from newsmodel.cli import main

sys.exit(main())
