"""dintero"""
