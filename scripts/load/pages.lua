-- GET one page (PAGE: addons, support, ticket, staff-queue, staff-ticket, login) as a random
-- signed-in owner (or the staff member), with the session cookie seeded by page-bench.sh
math.randomseed(os.time() + 3)
local page = os.getenv("PAGE") or "addons"
request = function()
  local n = math.random(0, 9999)
  local path, cookie
  if page == "addons" then
    path, cookie = "/teams/load-" .. n .. "/addons", "sls_load_" .. n
  elseif page == "support" then
    path, cookie = "/teams/load-" .. n .. "/support", "sls_load_" .. n
  elseif page == "ticket" then
    path, cookie = "/teams/load-" .. n .. "/support/tickets/ticket_load" .. n, "sls_load_" .. n
  elseif page == "staff-queue" then
    path, cookie = "/staff/queue?min_priority=normal", "sls_load_staff"
  elseif page == "staff-ticket" then
    path, cookie = "/staff/tickets/ticket_load" .. n, "sls_load_staff"
  else
    path, cookie = "/login", "none"
  end
  return wrk.format("GET", path, {["Cookie"] = "servelink_session=" .. cookie, ["Accept-Language"] = "fr"})
end
