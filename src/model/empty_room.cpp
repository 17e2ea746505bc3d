// Compiled into a room that has no sources of its own yet, so every room is a library.
