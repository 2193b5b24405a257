from cascade.launch import run

run()
