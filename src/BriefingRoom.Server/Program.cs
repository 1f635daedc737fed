// The `briefing` command line; subcommands are added per feature.
return 0;
