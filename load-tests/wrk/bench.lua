-- wrk script for bin/bench: one request shape per run, chosen by the first argument.
--   wrk ... URL -- get                        GET the URL as given
--   wrk ... URL -- submit HEROES              POST /submit-user-data {name, age, hero}
--   wrk ... URL -- duel HEROES HERO_SHARE     GET /duel?name1=&name2=
-- HEROES is the catalog's hero names joined with '|'. Warrior names are drawn from 1..N with
-- a Zipf-like skew (rank = floor(N^u), P(rank) ~ 1/rank), so popular names come back often,
-- and spelled like the Gatling feeders' pool. Ends with one WRK_RESULT line for bin/bench.

local syllables = { "ka", "ro", "ve", "lin", "mar", "to", "sa", "ri", "dan", "el", "mo", "ra", "ju", "ne",
  "tor", "is", "ba", "lo", "che", "an", "fi", "go", "ha", "ul", "pe", "ny", "zo", "qu", "wen", "dri", "os", "cal" }
local pool_size = 10000
local mode = "get"
local heroes = {}
local hero_share = 1.0

local function word(a, b)
  local s = syllables[a + 1] .. syllables[b + 1]
  return s:sub(1, 1):upper() .. s:sub(2)
end

local function pool_name(index)
  local n = #syllables
  return word(index % n, math.floor(index / n) % n) .. " "
    .. word(math.floor(index / (n * n)) % n, math.floor(index / (n * n * n)) % n)
end

local function zipf_index()
  return math.floor(pool_size ^ math.random()) - 1
end

local function warrior()
  if math.random() < hero_share then
    return heroes[math.random(#heroes)]
  end
  return pool_name(zipf_index())
end

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  mode = args[1] or "get"
  for hero in string.gmatch(args[2] or "", "[^|]+") do
    heroes[#heroes + 1] = hero
  end
  hero_share = tonumber(args[3] or "0") or 0
  if mode ~= "get" and #heroes == 0 then
    error("mode " .. mode .. " needs the hero names as the second argument")
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  if mode == "submit" then
    local index = zipf_index()
    local age = 13 + (index * 7919) % 88
    local hero = heroes[(index % #heroes) + 1]
    local body = string.format('{"name":"%s","age":%d,"hero":"%s"}', pool_name(index), age, hero)
    return wrk.format("POST", "/submit-user-data", { ["Content-Type"] = "application/json" }, body)
  elseif mode == "duel" then
    local a = warrior()
    local b = warrior()
    while b:lower() == a:lower() do
      b = warrior()
    end
    return wrk.format("GET", "/duel?name1=" .. encode(a) .. "&name2=" .. encode(b))
  end
  return wrk.format()
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "WRK_RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f http_errors=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, e.status,
    e.connect + e.read + e.write + e.timeout))
end
