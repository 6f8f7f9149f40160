-- wrk's side of the durable-sends benchmark: each thread reads the requests the harness wrote (one a
-- line: path, bearer token and JSON body separated by tabs), formats them once, and sends them in turn,
-- starting at a different place per thread, so that sends rotate over the phase's games, players,
-- tokens and bodies. It counts each answer: a 201 is a committed send.
-- Run: wrk -t2 -c16 -d15s --timeout 30s -s send-communique.lua http://127.0.0.1:PORT -- requests.tsv

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  requests = {}
  for line in io.lines(args[1]) do
    local path, token, body = line:match("^([^\t]+)\t([^\t]+)\t(.+)$")
    if path then
      requests[#requests + 1] = wrk.format("POST", path,
        { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
    end
  end
  if #requests == 0 then
    error("no requests in " .. args[1])
  end
  at = (id * 7919) % #requests
  created = 0
  other = 0
end

function request()
  at = at % #requests + 1
  return requests[at]
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("created")
    o = o + thread:get("other")
  end
  io.write(string.format("harness: created %d other %d duration_us %d errors %d\n", c, o, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
