-- wrk script of the national-scale benchmark (national.sh). One mode per run:
--   PUT <targets file> <threads>: writes entries of many reports, each with its own agency's token and the entry's
--       ETag in If-Match. A targets line is "<token> <report id> <measure code> <entry id>.<version>"; the threads
--       share the lines out (line i goes to thread i % threads) and go round their share, one entry after another, so
--       that consecutive writes go to different reports. The ETag of the next write of an entry is foretold: each
--       write adds one to the entry's version (a thread's share is many times its connections, so a write of an entry
--       has been answered before the next one is sent; a 412 would show among the status codes).
--   GET <token> <report id> <measure code>: reads one entry, again and again.
--   SUBMIT <pool file> <threads> <done dir>: submits every report of the pool once ("<token> <report id>" a line),
--   RETURN <pool file> <threads> <done dir>: returns each with a comment (the committee's token): a fixed amount of
--       work. A thread stops when its share is answered and leaves a file done-<n> in <done dir>, for national.sh to
--       stop wrk; requests per second then count from the first request to the last answer (first_us, last_us).
--   wrk ... -s national.lua http://127.0.0.1:PORT -- <mode> <arguments>

package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
require "stats"

local ffi = require "ffi"
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } national_timespec;
int clock_gettime(int clock, national_timespec *now);
]]
local timespec = ffi.new("national_timespec")

local function now_us()
   ffi.C.clock_gettime(1, timespec) -- CLOCK_MONOTONIC
   return tonumber(timespec.tv_sec) * 1e6 + tonumber(timespec.tv_nsec) / 1e3
end

local mode, items, done_dir
local next_item, reserved, answered, sent = 0, 0, 0, 0
local count = response -- stats.lua's counter of status codes

local function lines(path, threads)
   local mine, i = {}, 0
   for line in io.lines(path) do
      if line ~= "" then
         if i % threads == thread_number then
            local fields = {}
            for field in line:gmatch("%S+") do
               table.insert(fields, field)
            end
            table.insert(mine, fields)
         end
         i = i + 1
      end
   end
   return mine
end

function init(args)
   mode = args[1]
   if mode == "PUT" then
      items = lines(args[2], tonumber(args[3]))
      for _, item in ipairs(items) do
         local id, version = item[4]:match("^(%d+)%.(%d+)$")
         item.id, item.version = id, tonumber(version)
      end
      -- Threads start at different places of their share.
      next_item = thread_number * 7
   elseif mode == "GET" then
      items = { { args[2], args[3], args[4] } }
   elseif mode == "SUBMIT" or mode == "RETURN" then
      items = lines(args[2], tonumber(args[3]))
      done_dir = args[4]
   else
      error("unknown mode " .. tostring(mode))
   end
   if #items == 0 then
      error("no work for thread " .. thread_number)
   end
end

local function fixed()
   return mode == "SUBMIT" or mode == "RETURN"
end

-- A connection that would find no work left waits (an hour, longer than any run) instead of sending.
function delay()
   if fixed() then
      if reserved >= #items then
         return 3600000
      end
      reserved = reserved + 1
   end
   return 0
end

local narratives = {
   "В отчетном периоде проведены рабочие совещания с заинтересованными государственными органами, подготовлен "
      .. "проект нормативного правового акта, который направлен на согласование в Министерство юстиции.",
   "Разработано техническое задание, проведены закупочные процедуры, заключен договор с поставщиком; ведутся "
      .. "работы по внедрению и обучению сотрудников.",
}

-- wrk calls request() once in the first thread before the run, only to check what it returns (wrk.c,
-- script_verify_request); that call must not use up an item or a version.
local checked = false

function request()
   if thread_number == 0 and not checked then
      checked = true
      return wrk.format("GET", "/q/health/live")
   end
   sent = sent + 1
   if sent == 1 and fixed() then
      first_us = now_us()
   end
   if mode == "PUT" then
      next_item = next_item + 1
      local item = items[next_item % #items + 1]
      local etag = string.format('"%s.%d"', item.id, item.version)
      item.version = item.version + 1
      local body = string.format('{"status":"IN_PROGRESS","progressPercent":%d,"narrative":"%s Запись %d.",'
         .. '"nextSteps":"Завершить согласование и внести проект на рассмотрение Кабинета Министров."}',
         sent % 99 + 1, narratives[sent % 2 + 1], sent)
      return wrk.format("PUT", "/api/v1/reports/" .. item[2] .. "/entries/" .. item[3], {
         ["Authorization"] = "Bearer " .. item[1],
         ["If-Match"] = etag,
         ["Content-Type"] = "application/json",
      }, body)
   elseif mode == "GET" then
      local item = items[1]
      return wrk.format("GET", "/api/v1/reports/" .. item[2] .. "/entries/" .. item[3],
         { ["Authorization"] = "Bearer " .. item[1] })
   end
   next_item = next_item + 1
   local item = items[next_item]
   if mode == "SUBMIT" then
      return wrk.format("POST", "/api/v1/reports/" .. item[2] .. "/submit", { ["Authorization"] = "Bearer " .. item[1] })
   end
   return wrk.format("POST", "/api/v1/reports/" .. item[2] .. "/return", {
      ["Authorization"] = "Bearer " .. item[1],
      ["Content-Type"] = "application/json",
   }, '{"comment":"Просим уточнить сведения о ходе исполнения (проверка нагрузки)."}')
end

function response(status, headers, body)
   count(status)
   if fixed() then
      answered = answered + 1
      last_us = now_us()
      if answered == #items then
         local marker = io.open(done_dir .. "/done-" .. thread_number, "w")
         marker:write(answered, "\n")
         marker:close()
         wrk.thread:stop()
      end
   end
end
