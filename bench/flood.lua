-- wrk script: a password-guessing flood. Every request is HTTP Basic with a made-up username and a wrong password,
-- from one client address given in X-Forwarded-For (the server trusts it from 127.0.0.1, as behind its proxy).
--   wrk ... -s flood.lua http://127.0.0.1:PORT -- <path> <client address>

package.path = debug.getinfo(1, "S").source:match("^@(.-)[^/]*$") .. "?.lua;" .. package.path
require "stats"

local bit = require "bit"

local path, address

function init(args)
   path = args[1]
   address = args[2]
   math.randomseed(os.time() * 100 + thread_number)
end

local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

local function base64(text)
   local out = {}
   for i = 1, #text, 3 do
      local a, b, c = text:byte(i, i + 2)
      local n = bit.bor(bit.lshift(a, 16), bit.lshift(b or 0, 8), c or 0)
      for shift = 18, 0, -6 do
         local index = bit.band(bit.rshift(n, shift), 63) + 1
         out[#out + 1] = alphabet:sub(index, index)
      end
      if not b then
         out[#out - 1], out[#out] = "=", "="
      elseif not c then
         out[#out] = "="
      end
   end
   return table.concat(out)
end

function request()
   local credentials = string.format("guess-%08x:wrong-password-%08x", math.random(0, 0x7fffffff),
      math.random(0, 0x7fffffff))
   return wrk.format("GET", path, {
      ["Authorization"] = "Basic " .. base64(credentials),
      ["X-Forwarded-For"] = address,
   })
end
