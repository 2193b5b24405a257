from cascade.cli import main

raise SystemExit(main())
