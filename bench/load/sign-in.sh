# Sourced by the load scripts: refuses anything but this machine, makes $work (removed on exit) and signs in as
# admin into the cookie jar $jar. Needs $base and $password.
case "$base" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "只对本机 127.0.0.1 做压测" >&2; exit 2 ;; esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -X POST "$base/Account/Login" \
  --data-urlencode "Input.UserName=admin" --data-urlencode "Input.Password=$password" --data-urlencode "__RequestVerificationToken=$token")
[ "$code" = 302 ] || { echo "登录失败（HTTP $code）" >&2; exit 1; }
