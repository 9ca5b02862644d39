package main

import (
	"crypto/sha256"
	"encoding/base64"
	"hash/maphash"
	"strconv"
	"sync"
	"sync/atomic"
)

// A cache holds encoded responses by canonical request (the resource,
// its parameters in canonical form and the language of names), so that
// each is built once and then served as stored bytes: the data cannot
// change while the process runs. It keeps at most a budget of bytes,
// dropping the least recently used responses first. It is safe for
// concurrent use; requests for a response that is being built wait for
// that build rather than start their own.
type cache struct {
	seed   maphash.Seed
	shards []cacheShard
	builds atomic.Int64 // responses built, for tests
}

// A cacheShard is the part of a cache for the keys that hash to it, with
// its own lock so that concurrent requests seldom wait for each other.
type cacheShard struct {
	mu    sync.Mutex
	items map[string]*entry
	ring  entry // sentinel: ring.next is the most recently used entry, ring.prev the least
	size  int64 // bytes charged for the entries in items
	max   int64
}

// An entry is one encoded response. Its body, etag, length and err are
// set once, by its build, and read only after once.Do has returned (or,
// by lookup, once the entry is charged to its shard).
type entry struct {
	key   string
	lang  int      // the language of names, an index in supported
	ctype []string // the Content-Type header value
	once  sync.Once
	body  []byte // the JSON, ending in a newline, or the page
	etag  string // a strong validator: a digest of body
	err   error

	etagHeader, lengthHeader []string // the ETag and Content-Length header values

	prev, next *entry // links in the shard's ring, under its lock
	charged    int64  // bytes charged to the shard, under its lock
}

// entryOverhead approximates the bytes an entry holds besides its strings
// and body: the struct, the map slot and the slice headers.
const entryOverhead = 256

// newCache returns a cache holding at most maxBytes of responses,
// spread over the given number of shards. An entry larger than
// maxBytes/shards is served but not kept.
func newCache(maxBytes int64, shards int) *cache {
	c := &cache{seed: maphash.MakeSeed(), shards: make([]cacheShard, shards)}
	for i := range c.shards {
		s := &c.shards[i]
		s.items = make(map[string]*entry)
		s.ring.next, s.ring.prev = &s.ring, &s.ring
		s.max = maxBytes / int64(shards)
	}
	return c
}

func (c *cache) shard(key string) *cacheShard {
	return &c.shards[maphash.String(c.seed, key)%uint64(len(c.shards))]
}

// get returns the JSON response for key, in the language lang, calling
// build to encode it if the cache does not hold it. An error from build is
// returned and not kept.
func (c *cache) get(key string, lang int, build func() ([]byte, error)) (*entry, error) {
	return c.getAs(key, lang, jsonHeader, build)
}

// getAs is get for a response of the content type ctype, such as an HTML
// page. Keys of different content types must differ.
func (c *cache) getAs(key string, lang int, ctype []string, build func() ([]byte, error)) (*entry, error) {
	s := c.shard(key)
	s.mu.Lock()
	e := s.items[key]
	if e == nil {
		e = &entry{key: key, lang: lang, ctype: ctype}
		s.items[key] = e
	} else {
		s.unlink(e)
	}
	s.pushFront(e)
	s.mu.Unlock()
	e.once.Do(func() {
		c.builds.Add(1)
		e.body, e.err = build()
		if e.err == nil {
			sum := sha256.Sum256(e.body)
			e.etag = `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`
			e.etagHeader = []string{e.etag}
			e.lengthHeader = []string{strconv.Itoa(len(e.body))}
		}
		s.settle(e)
	})
	return e, e.err
}

// lookup returns the response for key if the cache holds it, built, and
// nil otherwise.
func (c *cache) lookup(key string) *entry {
	s := c.shard(key)
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.items[key]
	if e == nil || e.charged == 0 {
		return nil
	}
	s.unlink(e)
	s.pushFront(e)
	return e
}

// settle charges the shard for e, now built, and drops the least recently
// used entries while the shard is over its budget. An entry that failed,
// that alone exceeds the budget, or that was dropped while being built is
// not kept.
func (s *cacheShard) settle(e *entry) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.items[e.key] != e {
		return
	}
	n := int64(len(e.key)+len(e.body)+2*len(e.etag)) + entryOverhead
	if e.err != nil || n > s.max {
		s.remove(e)
		return
	}
	e.charged = n
	s.size += n
	for s.size > s.max {
		s.remove(s.ring.prev)
	}
}

func (s *cacheShard) remove(e *entry) {
	delete(s.items, e.key)
	s.unlink(e)
	s.size -= e.charged
	e.charged = 0
}

func (s *cacheShard) unlink(e *entry) {
	e.prev.next, e.next.prev = e.next, e.prev
	e.prev, e.next = nil, nil
}

func (s *cacheShard) pushFront(e *entry) {
	e.prev, e.next = &s.ring, s.ring.next
	s.ring.next.prev = e
	s.ring.next = e
}

// stats returns the number of entries kept and the bytes charged for them.
func (c *cache) stats() (entries int, bytes int64) {
	for i := range c.shards {
		s := &c.shards[i]
		s.mu.Lock()
		entries += len(s.items)
		bytes += s.size
		s.mu.Unlock()
	}
	return entries, bytes
}

// A spellings table maps the raw form of a request answered from the
// cache, its target and Accept-Language header, to the cache key of the
// answer, so that the next request spelled the same way is served
// without being routed, parsed and negotiated again: the answer depends
// on nothing else. It holds keys, not answers, so it never keeps alive an
// answer the cache has dropped, and at most maxSpellings of them,
// forgetting arbitrary ones when full. It is safe for concurrent use.
type spellings struct {
	seed   maphash.Seed
	shards [16]spellingShard
}

type spellingShard struct {
	mu sync.RWMutex
	m  map[uint64]spelling
}

type spelling struct{ target, accept, key string }

const (
	maxSpellings    = 8 << 10
	maxSpellingText = 512 // longer target and Accept-Language are not remembered
)

func newSpellings() *spellings {
	t := &spellings{seed: maphash.MakeSeed()}
	for i := range t.shards {
		t.shards[i].m = make(map[uint64]spelling)
	}
	return t
}

func (t *spellings) hash(target, accept string) uint64 {
	var h maphash.Hash
	h.SetSeed(t.seed)
	h.WriteString(target)
	h.WriteByte(0)
	h.WriteString(accept)
	return h.Sum64()
}

// lookup returns the cache key remembered for target and accept, or "".
func (t *spellings) lookup(target, accept string) string {
	h := t.hash(target, accept)
	s := &t.shards[h%uint64(len(t.shards))]
	s.mu.RLock()
	sp, ok := s.m[h]
	s.mu.RUnlock()
	if !ok || sp.target != target || sp.accept != accept {
		return ""
	}
	return sp.key
}

// remember records that target and accept name the cache key.
func (t *spellings) remember(target, accept, key string) {
	if target == "" || len(target)+len(accept) > maxSpellingText {
		return
	}
	h := t.hash(target, accept)
	s := &t.shards[h%uint64(len(t.shards))]
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.m) >= maxSpellings/len(t.shards) {
		for k := range s.m {
			delete(s.m, k)
			break
		}
	}
	s.m[h] = spelling{target, accept, key}
}
