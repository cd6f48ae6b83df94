import DQTVCommands

DQTVCommand.main()
