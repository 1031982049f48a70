-- GET /api/usage/load-0/summary: the team of 50 projects × 4 metrics × 365 days, as its owner
request = function()
  return wrk.format("GET", "/api/usage/load-0/summary", {["Authorization"] = "Bearer slk_load_0"})
end
