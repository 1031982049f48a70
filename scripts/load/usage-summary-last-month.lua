-- GET /api/usage/load-0/summary?month=<last month>: the big team's whole previous month (30 or 31
-- days of daily values, the month's top projects), the heaviest summary a month can ask for
local t = os.date("!*t")
local year, month = t.year, t.month - 1
if month == 0 then year, month = year - 1, 12 end
local path = string.format("/api/usage/load-0/summary?month=%04d-%02d", year, month)
request = function()
  return wrk.format("GET", path, {["Authorization"] = "Bearer slk_load_0"})
end
