-- GET /one/<n> on the bare JDBC server: the limits request's one statement (issue 17) for a random load team
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/one/" .. math.random(0, 9999))
end
