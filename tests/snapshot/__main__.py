import sys

from tests.snapshot import main

sys.exit(main(sys.argv[1:]))
