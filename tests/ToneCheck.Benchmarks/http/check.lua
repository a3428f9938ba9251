-- wrk script: every request POSTs the same letter to /v1/check as text/plain.
local f = assert(io.open(os.getenv("LETTER"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
-- wrk itself reports "Non-2xx or 3xx responses" when some answers were 429 or 503: such a run is not throughput.
