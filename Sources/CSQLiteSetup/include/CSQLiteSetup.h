#ifndef CSQLITESETUP_H
#define CSQLITESETUP_H

/// Turns off SQLite's memory statistics, which take a global mutex around every allocation and
/// free SQLite makes. Works only before SQLite is initialized (before the first connection opens);
/// returns SQLITE_OK then, SQLITE_MISUSE after.
int tejido_sqlite_disable_memory_statistics(void);

#endif
