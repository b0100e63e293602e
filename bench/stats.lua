-- Shared by the wrk scripts: counts every response by status code in each thread and, when the run ends, prints one
-- line that run.sh reads:
--   RESULT rps=<n> p50_ms=<n> p99_ms=<n> requests=<n> non2xx=<n> socket_errors=<n> codes=<code>:<n>,...
-- wrk itself counts only statuses above 399 as errors and hides which ones; the status mix (200, 401, 429, 503 ...)
-- is what the benchmark is about, so it is counted here.

local threads = {}

function setup(thread)
   thread:set("thread_number", #threads)
   table.insert(threads, thread)
end

codes = {}

function response(status)
   codes[status] = (codes[status] or 0) + 1
end

function done(summary, latency)
   local total, non2xx = {}, 0
   for _, thread in ipairs(threads) do
      for status, n in pairs(thread:get("codes")) do
         total[status] = (total[status] or 0) + n
         if status < 200 or status > 299 then
            non2xx = non2xx + n
         end
      end
   end
   local statuses = {}
   for status in pairs(total) do
      table.insert(statuses, status)
   end
   table.sort(statuses)
   local mix = {}
   for _, status in ipairs(statuses) do
      table.insert(mix, status .. ":" .. total[status])
   end
   -- A script that sends a fixed amount of work and stops before -d runs out (national.lua's SUBMIT and RETURN) sets
   -- first_us and last_us in each thread: requests per second then count from the first request to the last answer.
   local seconds = summary.duration / 1e6
   local first, last
   for _, thread in ipairs(threads) do
      local f, l = thread:get("first_us"), thread:get("last_us")
      if f and l then
         first, last = math.min(first or f, f), math.max(last or l, l)
      end
   end
   if first and last > first then
      seconds = (last - first) / 1e6
   end
   local e = summary.errors
   io.write(string.format("RESULT rps=%.1f p50_ms=%.1f p99_ms=%.1f requests=%d non2xx=%d socket_errors=%d codes=%s\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests, non2xx, e.connect + e.read + e.write + e.timeout,
      #mix > 0 and table.concat(mix, ",") or "none"))
end
