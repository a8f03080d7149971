#ifndef TEJIDO_JANSSON_ARENA_H
#define TEJIDO_JANSSON_ARENA_H

#include <stddef.h>

/// Routes jansson's allocations through the per-thread arena below. Call once, before any
/// parse; allocations on threads with no open arena still go to malloc and free.
void tejido_jansson_arena_install(void);

/// Opens this thread's arena: until it is closed, every value jansson allocates on this thread
/// comes from it, and freeing one does nothing. Opens nest; each needs its close.
void tejido_jansson_arena_open(void);

/// Closes this thread's arena; the outermost close takes back everything allocated in it at once
/// (keeping one block for the next line). Values parsed while it was open must not be used or
/// freed after that.
void tejido_jansson_arena_close(void);

/// Bytes this thread's arena holds in blocks, for tests.
size_t tejido_jansson_arena_capacity(void);

#endif
