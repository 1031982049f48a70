-- GET /api/usage/{team}/summary as a random one of the 10,000 load teams' owners (one project each)
math.randomseed(os.time())
request = function()
  local n = math.random(0, 9999)
  return wrk.format("GET", "/api/usage/load-" .. n .. "/summary", {["Authorization"] = "Bearer slk_load_" .. n})
end
