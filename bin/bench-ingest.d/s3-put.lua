-- One S3 PUT per request (the reference design): a fresh key each time, a body the size
-- of one raw submission line.
local counter = 0
local threads = 0
local body = '{"id":"0190a3b2-7c4e-7def-8123-456789abcdef","receivedAt":"2026-12-01T19:00:00Z","name":"Bench 1","age":30,"hero":"Thor"}\n'

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function request()
  counter = counter + 1
  return wrk.format("PUT", "/" .. bucket .. "/bench-baseline/" .. tid .. "-" .. counter .. ".json",
    { ["Content-Type"] = "application/json" }, body)
end

function init(args)
  bucket = args[1]
end
