#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include "CJanssonArena.h"

// jansson allocates every value, key, string and table of a parsed line one by one and frees
// them one by one when the document is released. A line's values all die together, so on a
// parsing thread they come from a bump arena instead: allocation is an addition, freeing is
// nothing, and the whole line is taken back at once.

typedef struct block {
    struct block *next;
    size_t size;
    size_t used;
    _Alignas(16) unsigned char bytes[];
} block;

typedef struct {
    block *blocks;  // the current block first
    int open;       // how many opens are not closed yet: a parse inside a parse keeps the arena
} arena;

static _Thread_local arena current;

// Most lines fit one block of this size; a larger value gets a block of its own.
enum { block_size = 256 * 1024 };

static block *new_block(size_t size, block *next) {
    block *b = malloc(sizeof(block) + size);
    if (!b) return NULL;
    b->next = next;
    b->size = size;
    b->used = 0;
    return b;
}

static int owns(const arena *a, const void *p) {
    for (const block *b = a->blocks; b; b = b->next) {
        if ((const unsigned char *)p >= b->bytes && (const unsigned char *)p < b->bytes + b->size) return 1;
    }
    return 0;
}

static void *arena_malloc(size_t size) {
    arena *a = &current;
    if (!a->open) return malloc(size);
    size_t rounded = (size + 15) & ~(size_t)15;
    block *b = a->blocks;
    if (!b || b->size - b->used < rounded) {
        b = new_block(rounded > block_size ? rounded : block_size, a->blocks);
        if (!b) return NULL;
        a->blocks = b;
    }
    void *p = b->bytes + b->used;
    b->used += rounded;
    return p;
}

static void arena_free(void *p) {
    if (!p) return;
    arena *a = &current;
    if (a->open && owns(a, p)) return;
    free(p);
}

void tejido_jansson_arena_install(void) { json_set_alloc_funcs(arena_malloc, arena_free); }

void tejido_jansson_arena_open(void) { current.open += 1; }

void tejido_jansson_arena_close(void) {
    arena *a = &current;
    if (a->open == 0) return;
    a->open -= 1;
    // Only the outermost close takes the values back: an outer parse may still be reading its own.
    if (a->open > 0) return;
    // Keep one block of the standard size for the next line; free the rest.
    block *keep = NULL;
    block *b = a->blocks;
    while (b) {
        block *next = b->next;
        if (!keep && b->size == block_size) {
            keep = b;
        } else {
            free(b);
        }
        b = next;
    }
    if (keep) {
        keep->next = NULL;
        keep->used = 0;
    }
    a->blocks = keep;
}

size_t tejido_jansson_arena_capacity(void) {
    size_t total = 0;
    for (const block *b = current.blocks; b; b = b->next) total += b->size;
    return total;
}
