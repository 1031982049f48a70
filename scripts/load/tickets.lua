-- POST /api/support/{team}/tickets as a random owner
math.randomseed(os.time() + 1)
request = function()
  local n = math.random(0, 9999)
  local body = '{"subject":"Charge ' .. n .. '","description":"Mon application ne démarre pas...","category":"technical"}'
  return wrk.format("POST", "/api/support/load-" .. n .. "/tickets",
    {["Authorization"] = "Bearer slk_load_" .. n, ["Content-Type"] = "application/json"}, body)
end
