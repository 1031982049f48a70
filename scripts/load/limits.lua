-- GET /api/resources/{team}/limits as a random one of the 10,000 load teams' owners
math.randomseed(os.time())
request = function()
  local n = math.random(0, 9999)
  return wrk.format("GET", "/api/resources/load-" .. n .. "/limits", {["Authorization"] = "Bearer slk_load_" .. n})
end
