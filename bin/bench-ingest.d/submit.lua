-- POST /submit-user-data with a distinct valid warrior each time.
local counter = 0
local threads = 0
local heroes = { "Thor", "Hulk", "Loki" }

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function request()
  counter = counter + 1
  local body = string.format('{"name":"Wrk %d %d","age":%d,"hero":"%s"}', tid, counter, 13 + counter % 80,
    heroes[counter % 3 + 1])
  return wrk.format("POST", "/submit-user-data", { ["Content-Type"] = "application/json" }, body)
end
