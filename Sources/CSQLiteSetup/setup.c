#include <sqlite3.h>
#include "CSQLiteSetup.h"

// sqlite3_config is variadic, which Swift cannot call: this gives it one fixed signature.
int tejido_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
