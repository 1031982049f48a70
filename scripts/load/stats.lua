-- GET /api/support/{team}/stats as a random owner
math.randomseed(os.time() + 2)
request = function()
  local n = math.random(0, 9999)
  return wrk.format("GET", "/api/support/load-" .. n .. "/stats", {["Authorization"] = "Bearer slk_load_" .. n})
end
