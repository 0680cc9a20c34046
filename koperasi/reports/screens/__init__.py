"""Read models of the screens: Qt-free data for each screen, with every total computed here
(the GUI only formats). Usable from the command line and tested without a window."""
