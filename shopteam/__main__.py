from shopteam.cli import main

raise SystemExit(main())
