-- GET /<n> on the bare JDBC server: the statements of a limits request for a random load team
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/" .. math.random(0, 9999))
end
