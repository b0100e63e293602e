-- wrk script: GET or PUT the entries of one report, one measure after another, so that the writers spread over the
-- report's rows. Credentials come from wrk's -H 'Authorization: ...'.
--   wrk ... -s entries.lua http://127.0.0.1:PORT -- PUT|GET <report id> <measure code>,<measure code>,...

package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
require "stats"

local method, path, measures, put_headers
local sent = 0

function init(args)
   method = args[1]
   path = "/api/v1/reports/" .. args[2] .. "/entries/"
   measures = {}
   for code in args[3]:gmatch("[^,]+") do
      table.insert(measures, code)
   end
   -- Threads start at different measures, so that they do not walk the entries in step.
   sent = thread_number * 7
   -- wrk.format takes these instead of wrk.headers (the -H options), so they are copied in.
   put_headers = { ["If-Match"] = "*", ["Content-Type"] = "application/json" }
   for name, value in pairs(wrk.headers) do
      put_headers[name] = value
   end
end

function request()
   sent = sent + 1
   local measure = measures[sent % #measures + 1]
   if method == "GET" then
      return wrk.format("GET", path .. measure)
   end
   -- progressPercent changes with every write (IN_PROGRESS takes 1..99), so that each PUT really changes the row.
   local body = string.format('{"status":"IN_PROGRESS","progressPercent":%d,"narrative":"Benchmark write %d."}',
      sent % 99 + 1, sent)
   return wrk.format("PUT", path .. measure, put_headers, body)
end
