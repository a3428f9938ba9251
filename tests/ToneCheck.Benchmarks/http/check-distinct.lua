-- wrk script: every request POSTs the letter with a word that no earlier request had put before each full stop, so no
-- sentence repeats and nothing the service remembers (the model's recent answers) can stand in for checking it.
local f = assert(io.open(os.getenv("LETTER"), "rb"))
local letter = f:read("*a")
f:close()
local sent = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
request = function()
  sent = sent + 1
  local body = letter:gsub("(%a)%.", "%1 r" .. sent .. "x" .. math.random(1000000) .. ".")
  return wrk.format(nil, nil, nil, body)
end
